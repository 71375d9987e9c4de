/** Hands a file fetched with the bearer token to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the URL is not needed after this turn of the event loop.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
