/** One generated request for the fuzz test. */
export interface FuzzCase {
  name: string;
  /** The exact bytes written to the socket. */
  bytes: Buffer;
  /** Why closing the connection without a status line is an acceptable answer for this case (else it fails). */
  mayClose?: string;
  /** Half-close after writing (a client that sends a short body and stops), instead of waiting for the answer. */
  halfClose?: boolean;
}
