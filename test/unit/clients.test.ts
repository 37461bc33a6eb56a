// Every ARM client asks for a token for the selected cloud's ARM endpoint (sovereign clouds included), not
// for management.azure.com. The credential refuses, so nothing is sent anywhere.
import { describe, expect, it } from '@jest/globals'
import type { TokenCredential } from '@azure/core-auth'
import { createAzureServices } from '../../src/azure/clients.js'
import { readSettings } from '../../src/settings.js'
import { BASE, source } from '../helpers/bad-inputs.js'

describe('ARM clients', () => {
  it.each([
    ['AzureUSGovernment', 'https://management.usgovcloudapi.net/.default'],
    ['AzureChinaCloud', 'https://management.chinacloudapi.cn/.default'],
    ['AzureCloud', 'https://management.azure.com/.default']
  ])('%s: every client requests the scope %s', async (environment, scope) => {
    const s = readSettings(source({ ...BASE, environment }))
    const asked: string[] = []
    const refuse: TokenCredential = {
      getToken: async (scopes) => {
        asked.push(...[scopes].flat())
        throw new Error('no token in unit tests')
      }
    }
    const svc = await createAzureServices(refuse, '00000000-0000-4000-8000-00000000a11c', { armEndpoint: s.azure.armEndpoint })
    await expect(svc.aks.managedClusters.get('rg', 'aks')).rejects.toThrow()
    await expect(svc.msi.userAssignedIdentities.get('rg', 'id')).rejects.toThrow()
    await expect(svc.authorization.roleDefinitions.list('subscriptions/x', { filter: "roleName eq 'Reader'" }).next()).rejects.toThrow()
    expect(asked).toEqual([scope, scope, scope])
  })
})
