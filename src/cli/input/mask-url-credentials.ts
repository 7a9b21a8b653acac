/**
 * A URL as it may be printed: a user name and password in it become `***`, also in text that is not a valid URL,
 * so an address from the environment never shows a secret in a message.
 */
export function maskUrlCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@');
}
