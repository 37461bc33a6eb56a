// A certificate authority generated at sandbox start, and one server certificate for 127.0.0.1 and
// localhost (plus the real host names in real-hosts mode) signed by it. Clients trust the sandbox through the CA (SDK tlsOptions, a kubeconfig's
// certificate-authority-data, or NODE_EXTRA_CA_CERTS for a child process), never by disabling TLS checks.
import 'reflect-metadata'
import { webcrypto } from 'node:crypto'
import * as x509 from '@peculiar/x509'

type CryptoKey = webcrypto.CryptoKey
type CryptoKeyPair = webcrypto.CryptoKeyPair

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0])

export interface SandboxTls {
  /** PEM of the CA certificate clients must trust. */
  caPem: string
  /** PEM of the server certificate (SAN: IP 127.0.0.1, DNS localhost). */
  certPem: string
  /** PKCS#8 PEM of the server key. */
  keyPem: string
}

const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const

function pem(label: string, der: ArrayBuffer): string {
  const b64 = Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n')
  return `-----BEGIN ${label}-----\n${b64.trimEnd()}\n-----END ${label}-----\n`
}

/** Extra names for the server certificate (real-hosts mode: Azure's and GitHub's host names and their loopback addresses). */
export interface TlsNames {
  dns?: string[]
  ips?: string[]
}

export async function generateTls(names: TlsNames = {}): Promise<SandboxTls> {
  const now = Date.now()
  const notBefore = new Date(now - 60_000)
  const notAfter = new Date(now + 2 * 24 * 3600_000)
  const caKeys = await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01' + Buffer.from(webcrypto.getRandomValues(new Uint8Array(8))).toString('hex'),
    name: 'CN=aks-workload-identity sandbox CA',
    notBefore,
    notAfter,
    signingAlgorithm: alg,
    keys: caKeys as CryptoKeyPair,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey as CryptoKey)
    ]
  })
  const leafKeys = await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: '02' + Buffer.from(webcrypto.getRandomValues(new Uint8Array(8))).toString('hex'),
    subject: 'CN=127.0.0.1',
    issuer: ca.subject,
    notBefore,
    notAfter,
    signingAlgorithm: alg,
    publicKey: leafKeys.publicKey as CryptoKey,
    signingKey: caKeys.privateKey as CryptoKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        { type: 'ip', value: '127.0.0.1' },
        { type: 'dns', value: 'localhost' },
        ...(names.ips ?? []).map((value) => ({ type: 'ip' as const, value })),
        ...(names.dns ?? []).map((value) => ({ type: 'dns' as const, value }))
      ]),
      await x509.AuthorityKeyIdentifierExtension.create(ca, false)
    ]
  })
  const keyDer = await webcrypto.subtle.exportKey('pkcs8', leafKeys.privateKey as CryptoKey)
  return { caPem: ca.toString('pem') + '\n', certPem: leaf.toString('pem') + '\n', keyPem: pem('PRIVATE KEY', keyDer) }
}
