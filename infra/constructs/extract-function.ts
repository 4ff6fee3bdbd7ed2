import { fileURLToPath } from "node:url";
import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, LoggingFormat, Runtime } from "aws-cdk-lib/aws-lambda";
import { SqsEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import { NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";

/** The Lambda entry file, resolved from this file so synth works from any working directory. */
export const EXTRACT_ARTICLE_ENTRY = fileURLToPath(
  new URL("../../functions/extract-article/handler.ts", import.meta.url),
);
const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Timeout of one invocation; the queue's visibility timeout is derived from it. */
export const EXTRACT_FUNCTION_TIMEOUT = Duration.seconds(60);
/** How long the event source waits to fill a batch. */
export const EXTRACT_BATCHING_WINDOW = Duration.seconds(5);

export interface ExtractFunctionProps {
  readonly queue: IQueue;
  readonly factsTableName: string;
  readonly eventBusName: string;
  readonly logLevel?: string;
  readonly logRetention?: RetentionDays;
  readonly logRemovalPolicy?: RemovalPolicy;
  /** Caps concurrent invocations (and so the write rate on the table); unset means unreserved. */
  readonly reservedConcurrentExecutions?: number;
  /** Override the entry file (tests); defaults to functions/extract-article/handler.ts. */
  readonly entry?: string;
}

/**
 * The extract-article function: consumes S3 notifications from the queue in batches and reports
 * per-message failures so one bad article never fails its batch.
 */
export class ExtractFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ExtractFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, "LogGroup", {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.DESTROY,
    });

    // An explicit role instead of the default one: the default attaches the AWS managed
    // AWSLambdaBasicExecutionRole, which may write to every log group of the account.
    this.role = new Role(this, "Role", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: "extract-article: reads articles, writes facts, publishes events",
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, "Function", {
      description: "Extracts entities and figures from articles dropped in the article bucket",
      entry: props.entry ?? EXTRACT_ARTICLE_ENTRY,
      handler: "handler",
      projectRoot: REPO_ROOT,
      depsLockFilePath: `${REPO_ROOT}package-lock.json`,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: 1024,
      timeout: EXTRACT_FUNCTION_TIMEOUT,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      environment: {
        FACTS_TABLE_NAME: props.factsTableName,
        EVENT_BUS_NAME: props.eventBusName,
        POWERTOOLS_SERVICE_NAME: "factwire",
        LOG_LEVEL: props.logLevel ?? "INFO",
        NODE_OPTIONS: "--enable-source-maps",
      },
      bundling: {
        format: OutputFormat.ESM,
        target: "node24",
        platform: "node",
        mainFields: ["module", "main"],
        minify: true,
        sourceMap: true,
        // Bundle the AWS SDK too: the version we test is the version we run.
        externalModules: [],
        // Some CommonJS dependencies call require() on Node builtins; ESM bundles need it defined.
        banner:
          "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
    });

    this.function.addEventSource(
      new SqsEventSource(props.queue, {
        batchSize: 10,
        maxBatchingWindow: EXTRACT_BATCHING_WINDOW,
        reportBatchItemFailures: true,
      }),
    );
  }
}
