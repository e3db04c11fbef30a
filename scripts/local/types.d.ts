declare module "s3rver" {
  interface S3rverOptions {
    port?: number;
    address?: string;
    directory: string;
    silent?: boolean;
    resetOnClose?: boolean;
    configureBuckets?: Array<{ name: string; configs?: unknown[] }>;
  }
  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
    /** S3 event notifications (ObjectCreated:Put …), as s3rver emits them. */
    on(event: "event", listener: (event: { Records: never[] }) => void): this;
    off(event: "event", listener: (event: { Records: never[] }) => void): this;
  }
}
