/** One member of a release archive, as its header describes it (nothing is written yet). */
export interface ArchiveEntry {
  /** The name exactly as stored in the archive. */
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';
  /** Permission bits (0 when the archive records none). */
  mode: number;
  /** Symlink target (relative to the link's folder) or hard-link target (relative to the archive root). */
  linkTarget: string;
  /** For `other`: what the header says it is, for the error message. */
  description: string;
  /** The member's bytes; lazy because zip members are inflated on demand. */
  contents: () => Buffer;
}
