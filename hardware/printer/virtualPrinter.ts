// The printer used when no serial port is configured (a laptop at a pop-up session, a demo, the tests): it keeps the
// most recent documents so an administrator can see exactly what would have been printed.
import type { PrintDocument } from './printDocument.ts';

export interface VirtualPrintout {
  jobId: number;
  printedAt: string;
  document: PrintDocument;
}

export class VirtualPrinter {
  readonly kind = 'virtual';
  private readonly printouts: VirtualPrintout[] = [];

  constructor(private readonly keep = 50) {}

  print(jobId: number, document: PrintDocument, at: Date): void {
    this.printouts.unshift({ jobId, printedAt: at.toISOString(), document });
    this.printouts.length = Math.min(this.printouts.length, this.keep);
  }

  /** Newest first. */
  recent(): readonly VirtualPrintout[] {
    return this.printouts;
  }
}
