import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  nameKey
} from "./ownership.js";
import {
  CLIENT_ID_ANNOTATION,
  DRIVERS,
  MANAGED_BY_LABEL,
  OWNER_KEY_LABEL,
  OWNER_VALUE,
  TENANT_ID_ANNOTATION,
  USE_LABEL,
  credentialSecretName,
  runnerPodServiceAccount,
  separateServiceAccount
} from "./runner-kinds-gitlab.js";

// src/kube/manifests.ts
const { createHash } = require("node:crypto");

// src/shaping/pod-schema.ts
var POD_SCHEMA = {
  root: "Pod",
  types: {
    Pod: {
      props: {
        apiVersion: { t: "string" },
        kind: { t: "string" },
        metadata: { t: "object", ref: "ObjectMeta" },
        spec: { t: "object", ref: "PodSpec" }
      }
    },
    ObjectMeta: {
      props: {
        annotations: { t: "object", values: { t: "string" } },
        creationTimestamp: { t: "string" },
        deletionGracePeriodSeconds: { t: "integer" },
        deletionTimestamp: { t: "string" },
        finalizers: { t: "array", items: { t: "string" }, strategy: "merge" },
        generateName: { t: "string" },
        generation: { t: "integer" },
        labels: { t: "object", values: { t: "string" } },
        managedFields: { t: "array", items: { t: "object", ref: "ManagedFieldsEntry" } },
        name: { t: "string" },
        namespace: { t: "string" },
        ownerReferences: { t: "array", items: { t: "object", ref: "OwnerReference" }, strategy: "merge", key: "uid" },
        resourceVersion: { t: "string" },
        selfLink: { t: "string" },
        uid: { t: "string" }
      }
    },
    PodSpec: {
      props: {
        activeDeadlineSeconds: { t: "integer" },
        affinity: { t: "object", ref: "Affinity" },
        automountServiceAccountToken: { t: "boolean" },
        containers: { t: "array", items: { t: "object", ref: "Container" }, strategy: "merge", key: "name" },
        dnsConfig: { t: "object", ref: "PodDNSConfig" },
        dnsPolicy: { t: "string" },
        enableServiceLinks: { t: "boolean" },
        ephemeralContainers: { t: "array", items: { t: "object", ref: "EphemeralContainer" }, strategy: "merge", key: "name" },
        hostAliases: { t: "array", items: { t: "object", ref: "HostAlias" }, strategy: "merge", key: "ip" },
        hostIPC: { t: "boolean" },
        hostNetwork: { t: "boolean" },
        hostPID: { t: "boolean" },
        hostUsers: { t: "boolean" },
        hostname: { t: "string" },
        hostnameOverride: { t: "string" },
        imagePullSecrets: { t: "array", items: { t: "object", ref: "LocalObjectReference" }, strategy: "merge", key: "name" },
        initContainers: { t: "array", items: { t: "object", ref: "Container" }, strategy: "merge", key: "name" },
        nodeName: { t: "string" },
        nodeSelector: { t: "object", values: { t: "string" } },
        os: { t: "object", ref: "PodOS" },
        overhead: { t: "object", values: { t: "quantity" } },
        preemptionPolicy: { t: "string" },
        priority: { t: "integer" },
        priorityClassName: { t: "string" },
        readinessGates: { t: "array", items: { t: "object", ref: "PodReadinessGate" } },
        resourceClaims: { t: "array", items: { t: "object", ref: "PodResourceClaim" }, strategy: "merge,retainKeys", key: "name" },
        resources: { t: "object", ref: "ResourceRequirements" },
        restartPolicy: { t: "string" },
        runtimeClassName: { t: "string" },
        schedulerName: { t: "string" },
        schedulingGates: { t: "array", items: { t: "object", ref: "PodSchedulingGate" }, strategy: "merge", key: "name" },
        securityContext: { t: "object", ref: "PodSecurityContext" },
        serviceAccount: { t: "string" },
        serviceAccountName: { t: "string" },
        setHostnameAsFQDN: { t: "boolean" },
        shareProcessNamespace: { t: "boolean" },
        subdomain: { t: "string" },
        terminationGracePeriodSeconds: { t: "integer" },
        tolerations: { t: "array", items: { t: "object", ref: "Toleration" } },
        topologySpreadConstraints: {
          t: "array",
          items: { t: "object", ref: "TopologySpreadConstraint" },
          strategy: "merge",
          key: "topologyKey"
        },
        volumes: { t: "array", items: { t: "object", ref: "Volume" }, strategy: "merge,retainKeys", key: "name" },
        workloadRef: { t: "object", ref: "WorkloadReference" }
      },
      required: ["containers"]
    },
    ManagedFieldsEntry: {
      props: {
        apiVersion: { t: "string" },
        fieldsType: { t: "string" },
        fieldsV1: { t: "any" },
        manager: { t: "string" },
        operation: { t: "string" },
        subresource: { t: "string" },
        time: { t: "string" }
      }
    },
    OwnerReference: {
      props: {
        apiVersion: { t: "string" },
        blockOwnerDeletion: { t: "boolean" },
        controller: { t: "boolean" },
        kind: { t: "string" },
        name: { t: "string" },
        uid: { t: "string" }
      },
      required: ["apiVersion", "kind", "name", "uid"]
    },
    Affinity: {
      props: {
        nodeAffinity: { t: "object", ref: "NodeAffinity" },
        podAffinity: { t: "object", ref: "PodAffinity" },
        podAntiAffinity: { t: "object", ref: "PodAntiAffinity" }
      }
    },
    Container: {
      props: {
        args: { t: "array", items: { t: "string" } },
        command: { t: "array", items: { t: "string" } },
        env: { t: "array", items: { t: "object", ref: "EnvVar" }, strategy: "merge", key: "name" },
        envFrom: { t: "array", items: { t: "object", ref: "EnvFromSource" } },
        image: { t: "string" },
        imagePullPolicy: { t: "string" },
        lifecycle: { t: "object", ref: "Lifecycle" },
        livenessProbe: { t: "object", ref: "Probe" },
        name: { t: "string" },
        ports: { t: "array", items: { t: "object", ref: "ContainerPort" }, strategy: "merge", key: "containerPort" },
        readinessProbe: { t: "object", ref: "Probe" },
        resizePolicy: { t: "array", items: { t: "object", ref: "ContainerResizePolicy" } },
        resources: { t: "object", ref: "ResourceRequirements" },
        restartPolicy: { t: "string" },
        restartPolicyRules: { t: "array", items: { t: "object", ref: "ContainerRestartRule" } },
        securityContext: { t: "object", ref: "SecurityContext" },
        startupProbe: { t: "object", ref: "Probe" },
        stdin: { t: "boolean" },
        stdinOnce: { t: "boolean" },
        terminationMessagePath: { t: "string" },
        terminationMessagePolicy: { t: "string" },
        tty: { t: "boolean" },
        volumeDevices: { t: "array", items: { t: "object", ref: "VolumeDevice" }, strategy: "merge", key: "devicePath" },
        volumeMounts: { t: "array", items: { t: "object", ref: "VolumeMount" }, strategy: "merge", key: "mountPath" },
        workingDir: { t: "string" }
      },
      required: ["name"]
    },
    PodDNSConfig: {
      props: {
        nameservers: { t: "array", items: { t: "string" } },
        options: { t: "array", items: { t: "object", ref: "PodDNSConfigOption" } },
        searches: { t: "array", items: { t: "string" } }
      }
    },
    EphemeralContainer: {
      props: {
        args: { t: "array", items: { t: "string" } },
        command: { t: "array", items: { t: "string" } },
        env: { t: "array", items: { t: "object", ref: "EnvVar" }, strategy: "merge", key: "name" },
        envFrom: { t: "array", items: { t: "object", ref: "EnvFromSource" } },
        image: { t: "string" },
        imagePullPolicy: { t: "string" },
        lifecycle: { t: "object", ref: "Lifecycle" },
        livenessProbe: { t: "object", ref: "Probe" },
        name: { t: "string" },
        ports: { t: "array", items: { t: "object", ref: "ContainerPort" }, strategy: "merge", key: "containerPort" },
        readinessProbe: { t: "object", ref: "Probe" },
        resizePolicy: { t: "array", items: { t: "object", ref: "ContainerResizePolicy" } },
        resources: { t: "object", ref: "ResourceRequirements" },
        restartPolicy: { t: "string" },
        restartPolicyRules: { t: "array", items: { t: "object", ref: "ContainerRestartRule" } },
        securityContext: { t: "object", ref: "SecurityContext" },
        startupProbe: { t: "object", ref: "Probe" },
        stdin: { t: "boolean" },
        stdinOnce: { t: "boolean" },
        targetContainerName: { t: "string" },
        terminationMessagePath: { t: "string" },
        terminationMessagePolicy: { t: "string" },
        tty: { t: "boolean" },
        volumeDevices: { t: "array", items: { t: "object", ref: "VolumeDevice" }, strategy: "merge", key: "devicePath" },
        volumeMounts: { t: "array", items: { t: "object", ref: "VolumeMount" }, strategy: "merge", key: "mountPath" },
        workingDir: { t: "string" }
      },
      required: ["name"]
    },
    HostAlias: { props: { hostnames: { t: "array", items: { t: "string" } }, ip: { t: "string" } }, required: ["ip"] },
    LocalObjectReference: { props: { name: { t: "string" } } },
    PodOS: { props: { name: { t: "string" } }, required: ["name"] },
    PodReadinessGate: { props: { conditionType: { t: "string" } }, required: ["conditionType"] },
    PodResourceClaim: {
      props: { name: { t: "string" }, resourceClaimName: { t: "string" }, resourceClaimTemplateName: { t: "string" } },
      required: ["name"]
    },
    ResourceRequirements: {
      props: {
        claims: { t: "array", items: { t: "object", ref: "ResourceClaim" } },
        limits: { t: "object", values: { t: "quantity" } },
        requests: { t: "object", values: { t: "quantity" } }
      }
    },
    PodSchedulingGate: { props: { name: { t: "string" } }, required: ["name"] },
    PodSecurityContext: {
      props: {
        appArmorProfile: { t: "object", ref: "AppArmorProfile" },
        fsGroup: { t: "integer" },
        fsGroupChangePolicy: { t: "string" },
        runAsGroup: { t: "integer" },
        runAsNonRoot: { t: "boolean" },
        runAsUser: { t: "integer" },
        seLinuxChangePolicy: { t: "string" },
        seLinuxOptions: { t: "object", ref: "SELinuxOptions" },
        seccompProfile: { t: "object", ref: "SeccompProfile" },
        supplementalGroups: { t: "array", items: { t: "integer" } },
        supplementalGroupsPolicy: { t: "string" },
        sysctls: { t: "array", items: { t: "object", ref: "Sysctl" } },
        windowsOptions: { t: "object", ref: "WindowsSecurityContextOptions" }
      }
    },
    Toleration: {
      props: {
        effect: { t: "string" },
        key: { t: "string" },
        operator: { t: "string" },
        tolerationSeconds: { t: "integer" },
        value: { t: "string" }
      }
    },
    TopologySpreadConstraint: {
      props: {
        labelSelector: { t: "object", ref: "LabelSelector" },
        matchLabelKeys: { t: "array", items: { t: "string" } },
        maxSkew: { t: "integer" },
        minDomains: { t: "integer" },
        nodeAffinityPolicy: { t: "string" },
        nodeTaintsPolicy: { t: "string" },
        topologyKey: { t: "string" },
        whenUnsatisfiable: { t: "string" }
      },
      required: ["maxSkew", "topologyKey", "whenUnsatisfiable"]
    },
    Volume: {
      props: {
        awsElasticBlockStore: { t: "object", ref: "AWSElasticBlockStoreVolumeSource" },
        azureDisk: { t: "object", ref: "AzureDiskVolumeSource" },
        azureFile: { t: "object", ref: "AzureFileVolumeSource" },
        cephfs: { t: "object", ref: "CephFSVolumeSource" },
        cinder: { t: "object", ref: "CinderVolumeSource" },
        configMap: { t: "object", ref: "ConfigMapVolumeSource" },
        csi: { t: "object", ref: "CSIVolumeSource" },
        downwardAPI: { t: "object", ref: "DownwardAPIVolumeSource" },
        emptyDir: { t: "object", ref: "EmptyDirVolumeSource" },
        ephemeral: { t: "object", ref: "EphemeralVolumeSource" },
        fc: { t: "object", ref: "FCVolumeSource" },
        flexVolume: { t: "object", ref: "FlexVolumeSource" },
        flocker: { t: "object", ref: "FlockerVolumeSource" },
        gcePersistentDisk: { t: "object", ref: "GCEPersistentDiskVolumeSource" },
        gitRepo: { t: "object", ref: "GitRepoVolumeSource" },
        glusterfs: { t: "object", ref: "GlusterfsVolumeSource" },
        hostPath: { t: "object", ref: "HostPathVolumeSource" },
        image: { t: "object", ref: "ImageVolumeSource" },
        iscsi: { t: "object", ref: "ISCSIVolumeSource" },
        name: { t: "string" },
        nfs: { t: "object", ref: "NFSVolumeSource" },
        persistentVolumeClaim: { t: "object", ref: "PersistentVolumeClaimVolumeSource" },
        photonPersistentDisk: { t: "object", ref: "PhotonPersistentDiskVolumeSource" },
        portworxVolume: { t: "object", ref: "PortworxVolumeSource" },
        projected: { t: "object", ref: "ProjectedVolumeSource" },
        quobyte: { t: "object", ref: "QuobyteVolumeSource" },
        rbd: { t: "object", ref: "RBDVolumeSource" },
        scaleIO: { t: "object", ref: "ScaleIOVolumeSource" },
        secret: { t: "object", ref: "SecretVolumeSource" },
        storageos: { t: "object", ref: "StorageOSVolumeSource" },
        vsphereVolume: { t: "object", ref: "VsphereVirtualDiskVolumeSource" }
      },
      required: ["name"]
    },
    WorkloadReference: {
      props: { name: { t: "string" }, podGroup: { t: "string" }, podGroupReplicaKey: { t: "string" } },
      required: ["name", "podGroup"]
    },
    NodeAffinity: {
      props: {
        preferredDuringSchedulingIgnoredDuringExecution: { t: "array", items: { t: "object", ref: "PreferredSchedulingTerm" } },
        requiredDuringSchedulingIgnoredDuringExecution: { t: "object", ref: "NodeSelector" }
      }
    },
    PodAffinity: {
      props: {
        preferredDuringSchedulingIgnoredDuringExecution: { t: "array", items: { t: "object", ref: "WeightedPodAffinityTerm" } },
        requiredDuringSchedulingIgnoredDuringExecution: { t: "array", items: { t: "object", ref: "PodAffinityTerm" } }
      }
    },
    PodAntiAffinity: {
      props: {
        preferredDuringSchedulingIgnoredDuringExecution: { t: "array", items: { t: "object", ref: "WeightedPodAffinityTerm" } },
        requiredDuringSchedulingIgnoredDuringExecution: { t: "array", items: { t: "object", ref: "PodAffinityTerm" } }
      }
    },
    EnvVar: {
      props: { name: { t: "string" }, value: { t: "string" }, valueFrom: { t: "object", ref: "EnvVarSource" } },
      required: ["name"]
    },
    EnvFromSource: {
      props: {
        configMapRef: { t: "object", ref: "ConfigMapEnvSource" },
        prefix: { t: "string" },
        secretRef: { t: "object", ref: "SecretEnvSource" }
      }
    },
    Lifecycle: {
      props: {
        postStart: { t: "object", ref: "LifecycleHandler" },
        preStop: { t: "object", ref: "LifecycleHandler" },
        stopSignal: { t: "string" }
      }
    },
    Probe: {
      props: {
        exec: { t: "object", ref: "ExecAction" },
        failureThreshold: { t: "integer" },
        grpc: { t: "object", ref: "GRPCAction" },
        httpGet: { t: "object", ref: "HTTPGetAction" },
        initialDelaySeconds: { t: "integer" },
        periodSeconds: { t: "integer" },
        successThreshold: { t: "integer" },
        tcpSocket: { t: "object", ref: "TCPSocketAction" },
        terminationGracePeriodSeconds: { t: "integer" },
        timeoutSeconds: { t: "integer" }
      }
    },
    ContainerPort: {
      props: {
        containerPort: { t: "integer" },
        hostIP: { t: "string" },
        hostPort: { t: "integer" },
        name: { t: "string" },
        protocol: { t: "string" }
      },
      required: ["containerPort"]
    },
    ContainerResizePolicy: {
      props: { resourceName: { t: "string" }, restartPolicy: { t: "string" } },
      required: ["resourceName", "restartPolicy"]
    },
    ContainerRestartRule: {
      props: { action: { t: "string" }, exitCodes: { t: "object", ref: "ContainerRestartRuleOnExitCodes" } },
      required: ["action"]
    },
    SecurityContext: {
      props: {
        allowPrivilegeEscalation: { t: "boolean" },
        appArmorProfile: { t: "object", ref: "AppArmorProfile" },
        capabilities: { t: "object", ref: "Capabilities" },
        privileged: { t: "boolean" },
        procMount: { t: "string" },
        readOnlyRootFilesystem: { t: "boolean" },
        runAsGroup: { t: "integer" },
        runAsNonRoot: { t: "boolean" },
        runAsUser: { t: "integer" },
        seLinuxOptions: { t: "object", ref: "SELinuxOptions" },
        seccompProfile: { t: "object", ref: "SeccompProfile" },
        windowsOptions: { t: "object", ref: "WindowsSecurityContextOptions" }
      }
    },
    VolumeDevice: { props: { devicePath: { t: "string" }, name: { t: "string" } }, required: ["name", "devicePath"] },
    VolumeMount: {
      props: {
        mountPath: { t: "string" },
        mountPropagation: { t: "string" },
        name: { t: "string" },
        readOnly: { t: "boolean" },
        recursiveReadOnly: { t: "string" },
        subPath: { t: "string" },
        subPathExpr: { t: "string" }
      },
      required: ["name", "mountPath"]
    },
    PodDNSConfigOption: { props: { name: { t: "string" }, value: { t: "string" } } },
    ResourceClaim: { props: { name: { t: "string" }, request: { t: "string" } }, required: ["name"] },
    AppArmorProfile: { props: { localhostProfile: { t: "string" }, type: { t: "string" } }, required: ["type"] },
    SELinuxOptions: { props: { level: { t: "string" }, role: { t: "string" }, type: { t: "string" }, user: { t: "string" } } },
    SeccompProfile: { props: { localhostProfile: { t: "string" }, type: { t: "string" } }, required: ["type"] },
    Sysctl: { props: { name: { t: "string" }, value: { t: "string" } }, required: ["name", "value"] },
    WindowsSecurityContextOptions: {
      props: {
        gmsaCredentialSpec: { t: "string" },
        gmsaCredentialSpecName: { t: "string" },
        hostProcess: { t: "boolean" },
        runAsUserName: { t: "string" }
      }
    },
    LabelSelector: {
      props: {
        matchExpressions: { t: "array", items: { t: "object", ref: "LabelSelectorRequirement" } },
        matchLabels: { t: "object", values: { t: "string" } }
      }
    },
    AWSElasticBlockStoreVolumeSource: {
      props: { fsType: { t: "string" }, partition: { t: "integer" }, readOnly: { t: "boolean" }, volumeID: { t: "string" } },
      required: ["volumeID"]
    },
    AzureDiskVolumeSource: {
      props: {
        cachingMode: { t: "string" },
        diskName: { t: "string" },
        diskURI: { t: "string" },
        fsType: { t: "string" },
        kind: { t: "string" },
        readOnly: { t: "boolean" }
      },
      required: ["diskName", "diskURI"]
    },
    AzureFileVolumeSource: {
      props: { readOnly: { t: "boolean" }, secretName: { t: "string" }, shareName: { t: "string" } },
      required: ["secretName", "shareName"]
    },
    CephFSVolumeSource: {
      props: {
        monitors: { t: "array", items: { t: "string" } },
        path: { t: "string" },
        readOnly: { t: "boolean" },
        secretFile: { t: "string" },
        secretRef: { t: "object", ref: "LocalObjectReference" },
        user: { t: "string" }
      },
      required: ["monitors"]
    },
    CinderVolumeSource: {
      props: {
        fsType: { t: "string" },
        readOnly: { t: "boolean" },
        secretRef: { t: "object", ref: "LocalObjectReference" },
        volumeID: { t: "string" }
      },
      required: ["volumeID"]
    },
    ConfigMapVolumeSource: {
      props: {
        defaultMode: { t: "integer" },
        items: { t: "array", items: { t: "object", ref: "KeyToPath" } },
        name: { t: "string" },
        optional: { t: "boolean" }
      }
    },
    CSIVolumeSource: {
      props: {
        driver: { t: "string" },
        fsType: { t: "string" },
        nodePublishSecretRef: { t: "object", ref: "LocalObjectReference" },
        readOnly: { t: "boolean" },
        volumeAttributes: { t: "object", values: { t: "string" } }
      },
      required: ["driver"]
    },
    DownwardAPIVolumeSource: {
      props: { defaultMode: { t: "integer" }, items: { t: "array", items: { t: "object", ref: "DownwardAPIVolumeFile" } } }
    },
    EmptyDirVolumeSource: { props: { medium: { t: "string" }, sizeLimit: { t: "quantity" } } },
    EphemeralVolumeSource: { props: { volumeClaimTemplate: { t: "object", ref: "PersistentVolumeClaimTemplate" } } },
    FCVolumeSource: {
      props: {
        fsType: { t: "string" },
        lun: { t: "integer" },
        readOnly: { t: "boolean" },
        targetWWNs: { t: "array", items: { t: "string" } },
        wwids: { t: "array", items: { t: "string" } }
      }
    },
    FlexVolumeSource: {
      props: {
        driver: { t: "string" },
        fsType: { t: "string" },
        options: { t: "object", values: { t: "string" } },
        readOnly: { t: "boolean" },
        secretRef: { t: "object", ref: "LocalObjectReference" }
      },
      required: ["driver"]
    },
    FlockerVolumeSource: { props: { datasetName: { t: "string" }, datasetUUID: { t: "string" } } },
    GCEPersistentDiskVolumeSource: {
      props: { fsType: { t: "string" }, partition: { t: "integer" }, pdName: { t: "string" }, readOnly: { t: "boolean" } },
      required: ["pdName"]
    },
    GitRepoVolumeSource: {
      props: { directory: { t: "string" }, repository: { t: "string" }, revision: { t: "string" } },
      required: ["repository"]
    },
    GlusterfsVolumeSource: {
      props: { endpoints: { t: "string" }, path: { t: "string" }, readOnly: { t: "boolean" } },
      required: ["endpoints", "path"]
    },
    HostPathVolumeSource: { props: { path: { t: "string" }, type: { t: "string" } }, required: ["path"] },
    ImageVolumeSource: { props: { pullPolicy: { t: "string" }, reference: { t: "string" } } },
    ISCSIVolumeSource: {
      props: {
        chapAuthDiscovery: { t: "boolean" },
        chapAuthSession: { t: "boolean" },
        fsType: { t: "string" },
        initiatorName: { t: "string" },
        iqn: { t: "string" },
        iscsiInterface: { t: "string" },
        lun: { t: "integer" },
        portals: { t: "array", items: { t: "string" } },
        readOnly: { t: "boolean" },
        secretRef: { t: "object", ref: "LocalObjectReference" },
        targetPortal: { t: "string" }
      },
      required: ["targetPortal", "iqn", "lun"]
    },
    NFSVolumeSource: {
      props: { path: { t: "string" }, readOnly: { t: "boolean" }, server: { t: "string" } },
      required: ["server", "path"]
    },
    PersistentVolumeClaimVolumeSource: { props: { claimName: { t: "string" }, readOnly: { t: "boolean" } }, required: ["claimName"] },
    PhotonPersistentDiskVolumeSource: { props: { fsType: { t: "string" }, pdID: { t: "string" } }, required: ["pdID"] },
    PortworxVolumeSource: {
      props: { fsType: { t: "string" }, readOnly: { t: "boolean" }, volumeID: { t: "string" } },
      required: ["volumeID"]
    },
    ProjectedVolumeSource: {
      props: { defaultMode: { t: "integer" }, sources: { t: "array", items: { t: "object", ref: "VolumeProjection" } } }
    },
    QuobyteVolumeSource: {
      props: {
        group: { t: "string" },
        readOnly: { t: "boolean" },
        registry: { t: "string" },
        tenant: { t: "string" },
        user: { t: "string" },
        volume: { t: "string" }
      },
      required: ["registry", "volume"]
    },
    RBDVolumeSource: {
      props: {
        fsType: { t: "string" },
        image: { t: "string" },
        keyring: { t: "string" },
        monitors: { t: "array", items: { t: "string" } },
        pool: { t: "string" },
        readOnly: { t: "boolean" },
        secretRef: { t: "object", ref: "LocalObjectReference" },
        user: { t: "string" }
      },
      required: ["monitors", "image"]
    },
    ScaleIOVolumeSource: {
      props: {
        fsType: { t: "string" },
        gateway: { t: "string" },
        protectionDomain: { t: "string" },
        readOnly: { t: "boolean" },
        secretRef: { t: "object", ref: "LocalObjectReference" },
        sslEnabled: { t: "boolean" },
        storageMode: { t: "string" },
        storagePool: { t: "string" },
        system: { t: "string" },
        volumeName: { t: "string" }
      },
      required: ["gateway", "system", "secretRef"]
    },
    SecretVolumeSource: {
      props: {
        defaultMode: { t: "integer" },
        items: { t: "array", items: { t: "object", ref: "KeyToPath" } },
        optional: { t: "boolean" },
        secretName: { t: "string" }
      }
    },
    StorageOSVolumeSource: {
      props: {
        fsType: { t: "string" },
        readOnly: { t: "boolean" },
        secretRef: { t: "object", ref: "LocalObjectReference" },
        volumeName: { t: "string" },
        volumeNamespace: { t: "string" }
      }
    },
    VsphereVirtualDiskVolumeSource: {
      props: { fsType: { t: "string" }, storagePolicyID: { t: "string" }, storagePolicyName: { t: "string" }, volumePath: { t: "string" } },
      required: ["volumePath"]
    },
    PreferredSchedulingTerm: {
      props: { preference: { t: "object", ref: "NodeSelectorTerm" }, weight: { t: "integer" } },
      required: ["weight", "preference"]
    },
    NodeSelector: {
      props: { nodeSelectorTerms: { t: "array", items: { t: "object", ref: "NodeSelectorTerm" } } },
      required: ["nodeSelectorTerms"]
    },
    WeightedPodAffinityTerm: {
      props: { podAffinityTerm: { t: "object", ref: "PodAffinityTerm" }, weight: { t: "integer" } },
      required: ["weight", "podAffinityTerm"]
    },
    PodAffinityTerm: {
      props: {
        labelSelector: { t: "object", ref: "LabelSelector" },
        matchLabelKeys: { t: "array", items: { t: "string" } },
        mismatchLabelKeys: { t: "array", items: { t: "string" } },
        namespaceSelector: { t: "object", ref: "LabelSelector" },
        namespaces: { t: "array", items: { t: "string" } },
        topologyKey: { t: "string" }
      },
      required: ["topologyKey"]
    },
    EnvVarSource: {
      props: {
        configMapKeyRef: { t: "object", ref: "ConfigMapKeySelector" },
        fieldRef: { t: "object", ref: "ObjectFieldSelector" },
        fileKeyRef: { t: "object", ref: "FileKeySelector" },
        resourceFieldRef: { t: "object", ref: "ResourceFieldSelector" },
        secretKeyRef: { t: "object", ref: "SecretKeySelector" }
      }
    },
    ConfigMapEnvSource: { props: { name: { t: "string" }, optional: { t: "boolean" } } },
    SecretEnvSource: { props: { name: { t: "string" }, optional: { t: "boolean" } } },
    LifecycleHandler: {
      props: {
        exec: { t: "object", ref: "ExecAction" },
        httpGet: { t: "object", ref: "HTTPGetAction" },
        sleep: { t: "object", ref: "SleepAction" },
        tcpSocket: { t: "object", ref: "TCPSocketAction" }
      }
    },
    ExecAction: { props: { command: { t: "array", items: { t: "string" } } } },
    GRPCAction: { props: { port: { t: "integer" }, service: { t: "string" } }, required: ["port"] },
    HTTPGetAction: {
      props: {
        host: { t: "string" },
        httpHeaders: { t: "array", items: { t: "object", ref: "HTTPHeader" } },
        path: { t: "string" },
        port: { t: "int-or-string" },
        scheme: { t: "string" }
      },
      required: ["port"]
    },
    TCPSocketAction: { props: { host: { t: "string" }, port: { t: "int-or-string" } }, required: ["port"] },
    ContainerRestartRuleOnExitCodes: {
      props: { operator: { t: "string" }, values: { t: "array", items: { t: "integer" } } },
      required: ["operator"]
    },
    Capabilities: { props: { add: { t: "array", items: { t: "string" } }, drop: { t: "array", items: { t: "string" } } } },
    LabelSelectorRequirement: {
      props: { key: { t: "string" }, operator: { t: "string" }, values: { t: "array", items: { t: "string" } } },
      required: ["key", "operator"]
    },
    KeyToPath: { props: { key: { t: "string" }, mode: { t: "integer" }, path: { t: "string" } }, required: ["key", "path"] },
    DownwardAPIVolumeFile: {
      props: {
        fieldRef: { t: "object", ref: "ObjectFieldSelector" },
        mode: { t: "integer" },
        path: { t: "string" },
        resourceFieldRef: { t: "object", ref: "ResourceFieldSelector" }
      },
      required: ["path"]
    },
    PersistentVolumeClaimTemplate: {
      props: { metadata: { t: "object", ref: "ObjectMeta" }, spec: { t: "object", ref: "PersistentVolumeClaimSpec" } },
      required: ["spec"]
    },
    VolumeProjection: {
      props: {
        clusterTrustBundle: { t: "object", ref: "ClusterTrustBundleProjection" },
        configMap: { t: "object", ref: "ConfigMapProjection" },
        downwardAPI: { t: "object", ref: "DownwardAPIProjection" },
        podCertificate: { t: "object", ref: "PodCertificateProjection" },
        secret: { t: "object", ref: "SecretProjection" },
        serviceAccountToken: { t: "object", ref: "ServiceAccountTokenProjection" }
      }
    },
    NodeSelectorTerm: {
      props: {
        matchExpressions: { t: "array", items: { t: "object", ref: "NodeSelectorRequirement" } },
        matchFields: { t: "array", items: { t: "object", ref: "NodeSelectorRequirement" } }
      }
    },
    ConfigMapKeySelector: { props: { key: { t: "string" }, name: { t: "string" }, optional: { t: "boolean" } }, required: ["key"] },
    ObjectFieldSelector: { props: { apiVersion: { t: "string" }, fieldPath: { t: "string" } }, required: ["fieldPath"] },
    FileKeySelector: {
      props: { key: { t: "string" }, optional: { t: "boolean" }, path: { t: "string" }, volumeName: { t: "string" } },
      required: ["volumeName", "path", "key"]
    },
    ResourceFieldSelector: {
      props: { containerName: { t: "string" }, divisor: { t: "quantity" }, resource: { t: "string" } },
      required: ["resource"]
    },
    SecretKeySelector: { props: { key: { t: "string" }, name: { t: "string" }, optional: { t: "boolean" } }, required: ["key"] },
    SleepAction: { props: { seconds: { t: "integer" } }, required: ["seconds"] },
    HTTPHeader: { props: { name: { t: "string" }, value: { t: "string" } }, required: ["name", "value"] },
    PersistentVolumeClaimSpec: {
      props: {
        accessModes: { t: "array", items: { t: "string" } },
        dataSource: { t: "object", ref: "TypedLocalObjectReference" },
        dataSourceRef: { t: "object", ref: "TypedObjectReference" },
        resources: { t: "object", ref: "VolumeResourceRequirements" },
        selector: { t: "object", ref: "LabelSelector" },
        storageClassName: { t: "string" },
        volumeAttributesClassName: { t: "string" },
        volumeMode: { t: "string" },
        volumeName: { t: "string" }
      }
    },
    ClusterTrustBundleProjection: {
      props: {
        labelSelector: { t: "object", ref: "LabelSelector" },
        name: { t: "string" },
        optional: { t: "boolean" },
        path: { t: "string" },
        signerName: { t: "string" }
      },
      required: ["path"]
    },
    ConfigMapProjection: {
      props: { items: { t: "array", items: { t: "object", ref: "KeyToPath" } }, name: { t: "string" }, optional: { t: "boolean" } }
    },
    DownwardAPIProjection: { props: { items: { t: "array", items: { t: "object", ref: "DownwardAPIVolumeFile" } } } },
    PodCertificateProjection: {
      props: {
        certificateChainPath: { t: "string" },
        credentialBundlePath: { t: "string" },
        keyPath: { t: "string" },
        keyType: { t: "string" },
        maxExpirationSeconds: { t: "integer" },
        signerName: { t: "string" },
        userAnnotations: { t: "object", values: { t: "string" } }
      },
      required: ["signerName", "keyType"]
    },
    SecretProjection: {
      props: { items: { t: "array", items: { t: "object", ref: "KeyToPath" } }, name: { t: "string" }, optional: { t: "boolean" } }
    },
    ServiceAccountTokenProjection: {
      props: { audience: { t: "string" }, expirationSeconds: { t: "integer" }, path: { t: "string" } },
      required: ["path"]
    },
    NodeSelectorRequirement: {
      props: { key: { t: "string" }, operator: { t: "string" }, values: { t: "array", items: { t: "string" } } },
      required: ["key", "operator"]
    },
    TypedLocalObjectReference: {
      props: { apiGroup: { t: "string" }, kind: { t: "string" }, name: { t: "string" } },
      required: ["kind", "name"]
    },
    TypedObjectReference: {
      props: { apiGroup: { t: "string" }, kind: { t: "string" }, name: { t: "string" }, namespace: { t: "string" } },
      required: ["kind", "name"]
    },
    VolumeResourceRequirements: {
      props: { limits: { t: "object", values: { t: "quantity" } }, requests: { t: "object", values: { t: "quantity" } } }
    }
  }
};

// src/shaping/merge.ts
var PatchError = class extends Error {
  constructor(path, why) {
    super(`${path || "(the patch)"}: ${why}`);
    this.path = path;
    this.name = "PatchError";
  }
  path;
};
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var text = (v) => typeof v === "string" ? v : v === void 0 ? "undefined" : JSON.stringify(v);
var clone = (v) => structuredClone(v);
var at = (path, key) => path ? `${path}.${key}` : key;
function strategicMergePod(pod, patch) {
  const out = mergeMap(pod, patch, POD_SCHEMA.types[POD_SCHEMA.root], void 0, "");
  if (out === void 0) throw new PatchError("", "'$patch: delete' of the whole pod");
  return out;
}
function typeOf(field) {
  return field?.ref ? POD_SCHEMA.types[field.ref] : void 0;
}
function mergeMap(orig, patch, type, values, path) {
  const directive = patch.$patch;
  if (directive !== void 0) {
    if (directive === "delete") return void 0;
    if (directive === "replace") return withoutDirective(patch);
    if (directive !== "merge")
      throw new PatchError(path, `'$patch: ${text(directive)}' is not a patch directive (replace, delete or merge)`);
  }
  const out = orig ? clone(orig) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === "$patch") continue;
    if (key.startsWith("$")) throw new PatchError(at(path, key), unsupported(key));
    if (value === null) {
      delete out[key];
      continue;
    }
    const field = type ? type.props[key] : values;
    const merged = mergeValue(out[key], value, field, at(path, key));
    if (merged === void 0) delete out[key];
    else out[key] = merged;
  }
  return out;
}
function unsupported(key) {
  if (key === "$retainKeys") return "'$retainKeys' is not supported: use '$patch: replace' on the item to replace it whole";
  if (key.startsWith("$setElementOrder/")) return `'${key}' is not supported: the merged list keeps the generated order, new items last`;
  if (key.startsWith("$deleteFromPrimitiveList/")) return `'${key}' is not supported: give the whole list with '$patch: replace'`;
  return `'${key}' is not a field or a supported patch directive`;
}
function withoutDirective(v) {
  const { $patch: _, ...rest } = v;
  return clone(rest);
}
function mergeValue(orig, patch, field, path) {
  if (Array.isArray(patch) && field?.t === "array") return mergeList(Array.isArray(orig) ? orig : void 0, patch, field, path);
  if (isObject(patch) && (field === void 0 || field.t === "object" || field.t === "any"))
    return mergeMap(isObject(orig) ? orig : void 0, patch, typeOf(field), field?.values, path);
  return clone(patch);
}
function mergeList(orig, patch, field, path) {
  const replaceAll = patch.some((p) => isObject(p) && p.$patch === "replace" && Object.keys(p).length === 1);
  const items = patch.filter((p) => !(isObject(p) && p.$patch === "replace" && Object.keys(p).length === 1));
  const merging = field.strategy?.split(",").includes("merge") === true;
  if (!merging || replaceAll) {
    for (const p of items) if (isObject(p) && p.$patch !== void 0) throw new PatchError(path, listDirective(merging));
    return clone(items);
  }
  const key = field.key;
  if (!key) {
    const out2 = clone(orig ?? []);
    for (const p of items) if (!out2.some((o) => JSON.stringify(o) === JSON.stringify(p))) out2.push(clone(p));
    return out2;
  }
  const out = clone(orig ?? []);
  const itemType = typeOf(field.items);
  for (const [i, p] of items.entries()) {
    if (!isObject(p) || p[key] === void 0 || p[key] === null)
      throw new PatchError(`${path}[${i}]`, `each item must have '${key}', the key its list is merged on`);
    const where = `${path}[${key}=${text(p[key])}]`;
    const index = out.findIndex((o) => isObject(o) && o[key] === p[key]);
    const merged = mergeMap(index >= 0 ? out[index] : void 0, p, itemType, void 0, where);
    if (index >= 0) {
      if (merged === void 0) out.splice(index, 1);
      else out[index] = merged;
    } else if (merged !== void 0) out.push(merged);
  }
  return out;
}
function listDirective(merging) {
  return merging ? "'$patch' inside a list given with '- $patch: replace' (that list replaces the generated one whole)" : "'$patch' on an item of a list the Kubernetes API replaces whole (its OpenAPI gives it no merge key): give the whole list";
}

// src/shaping/policy.ts
var RESTRICTED_VOLUMES = /* @__PURE__ */ new Set([
  "configMap",
  "csi",
  "downwardAPI",
  "emptyDir",
  "ephemeral",
  "persistentVolumeClaim",
  "projected",
  "secret"
]);
var SAFE_SYSCTLS = /* @__PURE__ */ new Set([
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.ip_unprivileged_port_start",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  "net.ipv4.ip_local_reserved_ports",
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes"
]);
var SELINUX_TYPES = /* @__PURE__ */ new Set(["", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"]);
var INJECTED_ENV = ["AZURE_CLIENT_ID", "AZURE_TENANT_ID", "AZURE_FEDERATED_TOKEN_FILE", "AZURE_AUTHORITY_HOST"];
var INJECTED_VOLUME = "azure-identity-token";
var SKIP_CONTAINERS_ANNOTATION = "azure.workload.identity/skip-containers";
var obj = (v) => isObject(v) ? v : {};
var list = (v) => Array.isArray(v) ? v.filter(isObject) : [];
var RESTRICTED = "the restricted pod security standard";
function policyProblems(shaped, ctx) {
  return [...restrictedProblems(shaped), ...identityProblems(shaped, ctx)];
}
function restrictedProblems(pod) {
  const out = [];
  const spec = obj(pod.spec);
  const psc = obj(spec.securityContext);
  for (const f of ["hostNetwork", "hostPID", "hostIPC"])
    if (spec[f] === true) out.push(`spec.${f}: true shares the node's namespaces, which ${RESTRICTED} forbids`);
  for (const v of list(spec.volumes)) {
    const types = Object.keys(v).filter((k) => k !== "name");
    for (const t of types.filter((x) => !RESTRICTED_VOLUMES.has(x)))
      out.push(
        `spec.volumes[name=${text(v.name)}]: a ${t} volume${t === "hostPath" ? " mounts the node's file system, which" : ""} ${RESTRICTED} forbids (allowed: ${[...RESTRICTED_VOLUMES].join(", ")})`
      );
  }
  securityContextProblems(psc, "spec.securityContext", out);
  if (psc.runAsNonRoot === false)
    out.push(`spec.securityContext.runAsNonRoot: false lets containers run as root, which ${RESTRICTED} forbids`);
  for (const s of list(psc.sysctls))
    if (!SAFE_SYSCTLS.has(text(s.name)))
      out.push(`spec.securityContext.sysctls: '${text(s.name)}' is not one of the safe sysctls ${RESTRICTED} allows`);
  const podSeccomp = obj(psc.seccompProfile).type;
  const groups = ["containers", "initContainers", "ephemeralContainers"];
  for (const g of groups)
    for (const c of list(spec[g])) {
      const where = `spec.${g}[name=${text(c.name)}]`;
      const sc = obj(c.securityContext);
      const scAt = `${where}.securityContext`;
      securityContextProblems(sc, scAt, out);
      if (sc.privileged === true) out.push(`${scAt}.privileged: true gives the container the node's devices, which ${RESTRICTED} forbids`);
      if (sc.allowPrivilegeEscalation !== false)
        out.push(`${scAt}.allowPrivilegeEscalation: must be false (${RESTRICTED}); it is ${show(sc.allowPrivilegeEscalation)}`);
      if (sc.runAsNonRoot === false) out.push(`${scAt}.runAsNonRoot: false lets the container run as root, which ${RESTRICTED} forbids`);
      else if (sc.runAsNonRoot !== true && psc.runAsNonRoot !== true)
        out.push(`${scAt}.runAsNonRoot: must be true here or in spec.securityContext (${RESTRICTED})`);
      const seccomp = obj(sc.seccompProfile).type ?? podSeccomp;
      if (seccomp !== "RuntimeDefault" && seccomp !== "Localhost")
        out.push(`${scAt}.seccompProfile.type: must be RuntimeDefault or Localhost here or in spec.securityContext (${RESTRICTED})`);
      const caps = obj(sc.capabilities);
      const drop = Array.isArray(caps.drop) ? caps.drop : [];
      if (!drop.includes("ALL")) out.push(`${scAt}.capabilities.drop: must include ALL (${RESTRICTED})`);
      const add = (Array.isArray(caps.add) ? caps.add : []).filter((x) => x !== "NET_BIND_SERVICE");
      if (add.length) out.push(`${scAt}.capabilities.add: ${add.map(show).join(", ")}: ${RESTRICTED} allows adding only NET_BIND_SERVICE`);
      if (sc.procMount !== void 0 && sc.procMount !== "Default") out.push(`${scAt}.procMount: must be Default (${RESTRICTED})`);
      for (const p of list(c.ports))
        if (p.hostPort !== void 0 && p.hostPort !== 0)
          out.push(`${where}.ports: hostPort ${show(p.hostPort)} binds a port of the node, which ${RESTRICTED} forbids`);
    }
  for (const [k, v] of Object.entries(obj(obj(pod.metadata).annotations)))
    if (k.startsWith("container.apparmor.security.beta.kubernetes.io/") && v !== "runtime/default" && !text(v).startsWith("localhost/"))
      out.push(`metadata.annotations.${k}: '${text(v)}' turns AppArmor off, which ${RESTRICTED} forbids`);
  return out;
}
function securityContextProblems(sc, where, out) {
  if (sc.runAsUser === 0) out.push(`${where}.runAsUser: 0 is root, which ${RESTRICTED} forbids`);
  if (obj(sc.seccompProfile).type === "Unconfined")
    out.push(`${where}.seccompProfile.type: Unconfined turns seccomp off, which ${RESTRICTED} forbids`);
  if (obj(sc.appArmorProfile).type === "Unconfined")
    out.push(`${where}.appArmorProfile.type: Unconfined turns AppArmor off, which ${RESTRICTED} forbids`);
  if (obj(sc.windowsOptions).hostProcess === true)
    out.push(`${where}.windowsOptions.hostProcess: true runs on the host, which ${RESTRICTED} forbids`);
  const se = obj(sc.seLinuxOptions);
  if (se.type !== void 0 && !SELINUX_TYPES.has(text(se.type)))
    out.push(`${where}.seLinuxOptions.type: '${text(se.type)}' is not a container type ${RESTRICTED} allows`);
  for (const f of ["user", "role"])
    if (se[f] !== void 0 && se[f] !== "") out.push(`${where}.seLinuxOptions.${f}: must not be set (${RESTRICTED})`);
}
var show = (v) => v === void 0 ? "not set" : typeof v === "string" ? `'${v}'` : JSON.stringify(v);
function identityProblems(pod, ctx) {
  const out = [];
  const gen = ctx.generated;
  const meta = obj(pod.metadata);
  const genMeta = obj(gen.metadata);
  const spec = obj(pod.spec);
  const genSpec = obj(gen.spec);
  for (const f of ["name", "namespace"])
    if (meta[f] !== genMeta[f]) out.push(`metadata.${f}: is the action's (${show(genMeta[f])}); shaping cannot change it`);
  const labels = obj(meta.labels);
  for (const [k, v] of Object.entries(obj(genMeta.labels)))
    if (labels[k] !== v)
      out.push(
        k === USE_LABEL ? `metadata.labels.${k}: must stay "true": without it the webhook does not inject the workload identity` : `metadata.labels.${k}: is the action's own label (${show(v)}): it finds and owns its pods by it`
      );
  if (!ctx.identity && labels[USE_LABEL] !== void 0)
    out.push(`metadata.labels.${USE_LABEL}: this kind's pods run as their own service account, without the workload identity`);
  const annotations = obj(meta.annotations);
  for (const [k, v] of Object.entries(obj(genMeta.annotations)))
    if (annotations[k] !== v) out.push(`metadata.annotations.${k}: is the action's own annotation; shaping cannot change it`);
  if (spec.serviceAccountName !== genSpec.serviceAccountName)
    out.push(
      `spec.serviceAccountName: must stay ${show(genSpec.serviceAccountName)}: ${ctx.identity ? "the federated credential trusts only that service account" : "the kind's RBAC is bound to it"}`
    );
  if (spec.serviceAccount !== void 0 && spec.serviceAccount !== genSpec.serviceAccountName)
    out.push(`spec.serviceAccount: the deprecated alias of serviceAccountName must not name another service account`);
  if (spec.automountServiceAccountToken !== genSpec.automountServiceAccountToken)
    out.push(
      genSpec.automountServiceAccountToken === true ? "spec.automountServiceAccountToken: must stay true: this kind's pods use the cluster's API with it" : "spec.automountServiceAccountToken: must stay false: this kind's pods do not use the cluster's API, so they get no Kubernetes token"
    );
  if (spec.restartPolicy !== genSpec.restartPolicy)
    out.push(
      `spec.restartPolicy: must stay ${show(genSpec.restartPolicy)}: ${genSpec.restartPolicy === "Never" ? "a restarted one-shot runner would reuse its spent credential" : "the kind's agents run until replaced"}`
    );
  const containers = list(spec.containers);
  if (!containers.some((c) => c.name === ctx.container))
    out.push(`spec.containers: the '${ctx.container}' container is the runner itself and must stay`);
  if (ctx.identity) {
    for (const g of ["containers", "initContainers"])
      for (const c of list(spec[g]))
        for (const e of list(c.env))
          if (INJECTED_ENV.includes(text(e.name)))
            out.push(
              `spec.${g}[name=${text(c.name)}].env: ${text(e.name)} is injected by the workload identity webhook; setting it would shadow the identity`
            );
    if (list(spec.volumes).some((v) => v.name === INJECTED_VOLUME))
      out.push(`spec.volumes: '${INJECTED_VOLUME}' is the webhook's projected token volume; use another name`);
    const skipped = text(annotations[SKIP_CONTAINERS_ANNOTATION] ?? "").split(";").map((x) => x.trim());
    if (skipped.includes(ctx.container))
      out.push(
        `metadata.annotations.${SKIP_CONTAINERS_ANNOTATION}: names the '${ctx.container}' container, which would then get no identity`
      );
  }
  return out;
}

// src/shaping/validate.ts
function schemaProblems(value, typeName = POD_SCHEMA.root, path = "") {
  const out = [];
  checkType(value, POD_SCHEMA.types[typeName], typeName, path, out);
  return out;
}
var NOT_SENT = ["PodSpec.workloadRef", "PodCertificateProjection.userAnnotations"];
var at2 = (path, key) => path ? `${path}.${key}` : key;
var show2 = (v) => typeof v === "string" ? `'${v}'` : JSON.stringify(v);
function checkType(value, type, name, path, out) {
  if (!type) return;
  if (!isObject(value)) {
    out.push(`${path || "(top)"}: must be a map (${name}), not ${show2(value)}`);
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const field = type.props[key];
    if (!field) {
      out.push(`${at2(path, key)}: unknown field of ${name}${near(key, Object.keys(type.props))}`);
      continue;
    }
    if (NOT_SENT.includes(`${name}.${key}`)) {
      out.push(
        `${at2(path, key)}: not supported: the Kubernetes client the action uses (@kubernetes/client-node 1.4.0) does not send this 1.35 field`
      );
      continue;
    }
    checkField(v, field, at2(path, key), out);
  }
  for (const r of type.required ?? []) if (value[r] === void 0) out.push(`${at2(path, r)}: required in ${name}`);
}
function near(key, known) {
  const k = key.toLowerCase();
  const hit = known.find((x) => x.toLowerCase() === k || x.toLowerCase() === `${k}s` || `${x.toLowerCase()}s` === k);
  return hit ? ` (did you mean '${hit}'?)` : "";
}
function checkField(v, f, path, out) {
  if (v === null) return;
  const bad = (what) => void out.push(`${path}: must be ${what}, not ${show2(v)}`);
  switch (f.t) {
    case "string":
      if (typeof v !== "string") bad("a string (quote it in YAML)");
      break;
    case "integer":
      if (!Number.isInteger(v)) bad("a whole number");
      break;
    case "number":
      if (typeof v !== "number") bad("a number");
      break;
    case "boolean":
      if (typeof v !== "boolean") bad("true or false");
      break;
    case "quantity":
      if (typeof v === "number" ? !Number.isFinite(v) : typeof v !== "string" || !QUANTITY.test(v))
        bad("a quantity such as '500m', '2', '512Mi' or '1Gi'");
      break;
    case "int-or-string":
      if (!Number.isInteger(v) && typeof v !== "string") bad("a whole number or a string");
      break;
    case "array":
      if (!Array.isArray(v)) bad("a list");
      else if (f.items) for (const [i, item] of v.entries()) checkField(item, f.items, `${path}[${itemName(item, f, i)}]`, out);
      break;
    case "object":
      if (f.ref) checkType(v, POD_SCHEMA.types[f.ref], f.ref, path, out);
      else if (!isObject(v)) bad("a map");
      else if (f.values) for (const [k, x] of Object.entries(v)) checkField(x, f.values, `${path}.${k}`, out);
      break;
    case "any":
      break;
  }
  if (f.enum && !f.enum.includes(v)) out.push(`${path}: must be one of ${f.enum.map(show2).join(", ")}, not ${show2(v)}`);
}
function itemName(item, f, i) {
  return f.key && isObject(item) && typeof item[f.key] === "string" ? `${f.key}=${item[f.key]}` : String(i);
}
var QUANTITY = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$/;
var SUFFIX = {
  "": 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60
};
function quantityValue(q) {
  if (typeof q === "number") return q;
  if (typeof q !== "string" || !QUANTITY.test(q)) return void 0;
  const m = /^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))([KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$/.exec(q);
  if (!m) return void 0;
  const [, n, suffix = ""] = m;
  const scale = /^[eE]/.test(suffix) ? 10 ** Number(suffix.slice(1)) : SUFFIX[suffix];
  return scale === void 0 ? void 0 : Number(n) * scale;
}
function resourceProblems(pod) {
  const out = [];
  const spec = isObject(pod) && isObject(pod.spec) ? pod.spec : {};
  for (const group of ["containers", "initContainers"]) {
    const list2 = Array.isArray(spec[group]) ? spec[group] : [];
    for (const c of list2.filter(isObject)) {
      const r = isObject(c.resources) ? c.resources : {};
      const requests = isObject(r.requests) ? r.requests : {};
      const limits = isObject(r.limits) ? r.limits : {};
      for (const [k, req] of Object.entries(requests)) {
        const request = quantityValue(req);
        const limit = quantityValue(limits[k]);
        if (request !== void 0 && limit !== void 0 && request > limit)
          out.push(
            `spec.${group}[name=${typeof c.name === "string" ? c.name : "?"}].resources.requests.${k}: ${show2(req)} is more than its limit ${show2(limits[k])} (the API server refuses a request above the limit)`
          );
      }
    }
  }
  return out;
}

// src/shaping/apply.ts
var ShapingError = class extends Error {
  constructor(problems) {
    super(`The shaped runner pod is refused:
${problems.map((p) => `- ${p}`).join("\n")}`);
    this.problems = problems;
    this.name = "ShapingError";
  }
  problems;
};
function shapePod(generated, shaping, ctx) {
  const pod = structuredClone(generated);
  const meta = pod.metadata ??= {};
  if (shaping.labels) meta.labels = { ...shaping.labels, ...meta.labels };
  if (shaping.annotations) meta.annotations = { ...shaping.annotations, ...meta.annotations };
  const spec = pod.spec ??= {};
  if (shaping.nodeSelector) spec.nodeSelector = { ...shaping.nodeSelector };
  if (shaping.tolerations) spec.tolerations = structuredClone(shaping.tolerations);
  if (shaping.imagePullSecrets) spec.imagePullSecrets = shaping.imagePullSecrets.map((name) => ({ name }));
  if (shaping.resources) {
    const runner = (Array.isArray(spec.containers) ? spec.containers : []).find((c) => isObject(c) && c.name === ctx.container);
    if (runner) runner.resources = structuredClone(shaping.resources);
  }
  let shaped = pod;
  if (shaping.podTemplate) {
    try {
      shaped = strategicMergePod(pod, shaping.podTemplate);
    } catch (e) {
      if (e instanceof PatchError) return { problems: [e.message] };
      throw e;
    }
  }
  const problems = [...schemaProblems(shaped), ...resourceProblems(shaped), ...policyProblems(shaped, { ...ctx, generated })];
  return problems.length ? { problems } : { pod: shaped };
}
function shapedPod(generated, shaping, ctx) {
  if (!shaping) return generated;
  const r = shapePod(generated, shaping, ctx);
  if ("problems" in r) throw new ShapingError(r.problems);
  return r.pod;
}

// src/kube/manifests.ts
var COMPONENT_LABEL = "app.kubernetes.io/component";
var RUNNER_SET_LABEL = "aks-workload-identity/runner-set";
var SPEC_HASH_ANNOTATION = "aks-workload-identity/spec-hash";
var RUNNER_ID_ANNOTATION = "aks-workload-identity/runner-id";
var RUNNER_CONTAINER = "runner";
function ownershipLabels(ownerKey) {
  return { [MANAGED_BY_LABEL]: OWNER_VALUE, [OWNER_KEY_LABEL]: ownerKey };
}
var KUBE_MARKS = { key: OWNER_KEY_LABEL, managedBy: MANAGED_BY_LABEL, managedByValue: OWNER_VALUE };
function namespaceManifest(name, ownerKey) {
  return { apiVersion: "v1", kind: "Namespace", metadata: { name, labels: ownershipLabels(ownerKey) } };
}
function serviceAccountManifest(i, owned) {
  const annotations = i.workloadIdentity ? { [CLIENT_ID_ANNOTATION]: i.clientId, [TENANT_ID_ANNOTATION]: i.tenantId } : void 0;
  return {
    apiVersion: "v1",
    kind: "ServiceAccount",
    metadata: {
      name: i.name,
      namespace: i.namespace,
      ...owned ? { labels: ownershipLabels(i.ownerKey) } : {},
      ...annotations ? { annotations } : {}
    }
  };
}
function emptyConfiguration(kind, namespace, name) {
  return { apiVersion: "v1", kind, metadata: { name, namespace } };
}
var runnerSetValue = (serviceAccount) => serviceAccount.slice(0, 63).replace(/[^A-Za-z0-9]+$/, "");
var allRunnersSelector = () => `${MANAGED_BY_LABEL}=${OWNER_VALUE},${RUNNER_SET_LABEL}`;
var credentialSecretsSelector = (ownerKey) => `${OWNER_KEY_LABEL}=${ownerKey},${COMPONENT_LABEL}`;
var runnerName = (prefix, ownerKey, slot) => `${prefix}-${nameKey(ownerKey)}-${slot}`;
function runnerSlot(prefix, ownerKey, name) {
  const head = `${prefix}-${nameKey(ownerKey)}-`;
  if (!name.startsWith(head)) return void 0;
  const rest = name.slice(head.length);
  return /^(0|[1-9][0-9]{0,2})$/.test(rest) ? Number(rest) : void 0;
}
var SECRET_PLACEHOLDER = "$(runner-secret)";
function runnerPodSpec(i, secretName) {
  const k = DRIVERS[i.kind].pod(i.options, secretName);
  return {
    serviceAccountName: runnerPodServiceAccount(i, i.serviceAccount),
    restartPolicy: k.restartPolicy,
    automountServiceAccountToken: k.automountServiceAccountToken,
    enableServiceLinks: false,
    // The restricted pod security standard, for every kind: non-root, no privilege escalation, no capabilities.
    securityContext: {
      runAsNonRoot: true,
      runAsUser: k.uid,
      runAsGroup: k.gid,
      seccompProfile: { type: "RuntimeDefault" }
    },
    ...k.volumes ? { volumes: k.volumes } : {},
    containers: [
      {
        name: RUNNER_CONTAINER,
        image: i.image,
        ...k.command ? { command: k.command } : {},
        ...k.args ? { args: k.args } : {},
        env: k.env,
        ...k.volumeMounts ? { volumeMounts: k.volumeMounts } : {},
        resources: k.resources,
        securityContext: {
          runAsNonRoot: true,
          runAsUser: k.uid,
          allowPrivilegeEscalation: false,
          privileged: false,
          capabilities: { drop: ["ALL"] },
          seccompProfile: { type: "RuntimeDefault" }
        }
      }
    ]
  };
}
var carriesIdentity = (sel) => !separateServiceAccount(sel);
function runnerLabels(i) {
  return {
    ...ownershipLabels(i.ownerKey),
    [COMPONENT_LABEL]: DRIVERS[i.kind].component,
    [RUNNER_SET_LABEL]: runnerSetValue(i.serviceAccount),
    ...carriesIdentity(i) ? { [USE_LABEL]: "true" } : {}
  };
}
function canonicalJson(v) {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (v && typeof v === "object") {
    const entries = Object.entries(v).filter(([, x]) => x !== void 0);
    return `{${entries.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(",")}}`;
  }
  return JSON.stringify(v);
}
function shapedRunnerPod(i, name, secretName) {
  const generated = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: i.namespace, labels: runnerLabels(i) },
    spec: runnerPodSpec(i, secretName)
  };
  if (!i.shaping) return generated;
  const ctx = { identity: carriesIdentity(i), container: RUNNER_CONTAINER };
  return shapedPod(generated, i.shaping, ctx);
}
function shapingProblems(i) {
  if (!i.shaping) return [];
  const full = { ...i, clientId: "", tenantId: "", ownerKey: "" };
  const generated = shapedRunnerPod({ ...full, shaping: void 0 }, i.namePrefix, SECRET_PLACEHOLDER);
  const r = shapePod(generated, i.shaping, { identity: carriesIdentity(full), container: RUNNER_CONTAINER });
  return "problems" in r ? r.problems : [];
}
function runnerSpecHash(i) {
  const driver = DRIVERS[i.kind];
  const options = driver.hash ? driver.hash(i.options) : i.options;
  const pod = shapedRunnerPod(i, i.namePrefix, SECRET_PLACEHOLDER);
  const annotations = pod.metadata?.annotations;
  const basis = {
    v: 1,
    namespace: i.namespace,
    namePrefix: i.namePrefix,
    identity: { clientId: i.clientId.toLowerCase(), tenantId: i.tenantId.toLowerCase() },
    labels: pod.metadata?.labels,
    ...annotations && Object.keys(annotations).length ? { annotations } : {},
    spec: pod.spec,
    ...options === void 0 ? {} : { kind: i.kind, options }
  };
  return createHash("sha256").update(canonicalJson(basis)).digest("hex").slice(0, 32);
}
function runnerPodManifest(i, runnerName2, runnerId) {
  const pod = shapedRunnerPod(i, runnerName2, credentialSecretName(i.kind, runnerName2) ?? "");
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: runnerName2,
      namespace: i.namespace,
      labels: pod.metadata?.labels,
      annotations: {
        ...pod.metadata?.annotations,
        [SPEC_HASH_ANNOTATION]: runnerSpecHash(i),
        ...runnerId !== void 0 ? { [RUNNER_ID_ANNOTATION]: String(runnerId) } : {}
      }
    },
    spec: pod.spec
  };
}
function credentialSecretManifest(c, owner) {
  return {
    apiVersion: "v1",
    kind: "Secret",
    type: "Opaque",
    metadata: {
      name: c.name,
      namespace: c.namespace,
      labels: { ...ownershipLabels(c.ownerKey), [COMPONENT_LABEL]: c.component },
      ownerReferences: [{ apiVersion: "v1", kind: "Pod", name: owner.name, uid: owner.uid, controller: true, blockOwnerDeletion: false }]
    },
    immutable: true,
    // `data` (base64) rather than `stringData`: what the API server stores and returns, so nothing converts it.
    data: { [c.key]: Buffer.from(c.value, "utf8").toString("base64") }
  };
}

export {
  isObject,
  text,
  schemaProblems,
  COMPONENT_LABEL,
  RUNNER_SET_LABEL,
  SPEC_HASH_ANNOTATION,
  RUNNER_ID_ANNOTATION,
  RUNNER_CONTAINER,
  ownershipLabels,
  KUBE_MARKS,
  namespaceManifest,
  serviceAccountManifest,
  emptyConfiguration,
  runnerSetValue,
  allRunnersSelector,
  credentialSecretsSelector,
  runnerName,
  runnerSlot,
  carriesIdentity,
  runnerLabels,
  canonicalJson,
  shapedRunnerPod,
  shapingProblems,
  runnerSpecHash,
  runnerPodManifest,
  credentialSecretManifest
};
//# sourceMappingURL=shaping-pod-schema.js.map
