// A one-line progress bar for big loads, drawn only on a terminal.

export function progressBar(stream: NodeJS.WriteStream): { update: (done: number, total: number) => void; clear: () => void } {
  if (!stream.isTTY) return { update: () => {}, clear: () => {} };
  let drawn = false;
  let last = -1;
  return {
    update(done, total) {
      const percent = total ? Math.floor((done / total) * 100) : 100;
      if (percent === last) return;
      last = percent;
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      stream.write(`\r  writing [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}% (${done}/${total} rows)`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
