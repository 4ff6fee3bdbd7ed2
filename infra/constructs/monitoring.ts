import { Duration, RemovalPolicy } from "aws-cdk-lib";
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  TreatMissingData,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Key } from "aws-cdk-lib/aws-kms";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { Topic } from "aws-cdk-lib/aws-sns";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";

export interface MonitoringProps {
  readonly function: IFunction;
  readonly queue: IQueue;
  readonly deadLetterQueue: IQueue;
  /** Alarm when the oldest queued article has waited longer than this. */
  readonly maxQueueAge?: Duration;
  readonly dashboardName?: string;
}

/** Alarms on what means "articles are not being processed", an SNS topic for them, and a dashboard. */
export class Monitoring extends Construct {
  readonly alarmTopic: Topic;
  readonly alarms: Alarm[];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);

    // CloudWatch can only publish to an encrypted topic whose key lets it use the key, so an AWS
    // managed key (alias/aws/sns) would silently drop every alarm: a customer managed key it is.
    const key = new Key(this, "AlarmTopicKey", {
      description: "Encrypts the factwire alarm topic",
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    key.grant(new ServicePrincipal("cloudwatch.amazonaws.com"), "kms:Decrypt", "kms:GenerateDataKey*");

    this.alarmTopic = new Topic(this, "AlarmTopic", {
      displayName: "factwire alarms",
      masterKey: key,
      enforceSSL: true,
    });

    const period = Duration.minutes(5);
    const fn = props.function;
    const alarmOn = (alarmId: string, description: string, metric: IMetric, threshold: number): Alarm =>
      new Alarm(this, alarmId, {
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });

    const maxQueueAge = props.maxQueueAge ?? Duration.minutes(15);
    this.alarms = [
      alarmOn(
        "DeadLetterQueueNotEmpty",
        "Articles failed every retry and sit in the dead-letter queue: inspect, fix, then redrive.",
        props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: "Maximum" }),
        1,
      ),
      alarmOn(
        "FunctionErrors",
        "extract-article invocations failed as a whole (not just single articles): check its logs.",
        fn.metricErrors({ period, statistic: "Sum" }),
        1,
      ),
      alarmOn(
        "FunctionThrottles",
        "extract-article was throttled: raise its concurrency or the account limit.",
        fn.metricThrottles({ period, statistic: "Sum" }),
        1,
      ),
      alarmOn(
        "QueueBacklogAge",
        `An article has waited more than ${maxQueueAge.toHumanString()} in the ingest queue.`,
        props.queue.metricApproximateAgeOfOldestMessage({ period, statistic: "Maximum" }),
        maxQueueAge.toSeconds(),
      ),
    ];
    const action = new SnsAction(this.alarmTopic);
    for (const alarm of this.alarms) {
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
    }

    this.dashboard = new Dashboard(this, "Dashboard", {
      dashboardName: props.dashboardName,
      defaultInterval: Duration.hours(3),
    });
    this.dashboard.addWidgets(
      new AlarmStatusWidget({ title: "Alarms", alarms: this.alarms, width: 24, height: 3 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: "extract-article invocations",
        left: [
          fn.metricInvocations({ period: Duration.minutes(1) }),
          fn.metricErrors({ period: Duration.minutes(1) }),
          fn.metricThrottles({ period: Duration.minutes(1) }),
        ],
        width: 8,
      }),
      new GraphWidget({
        title: "extract-article duration",
        left: [
          fn.metricDuration({ period: Duration.minutes(1), statistic: "p50" }),
          fn.metricDuration({ period: Duration.minutes(1), statistic: "p99" }),
          fn.metricDuration({ period: Duration.minutes(1), statistic: "Maximum" }),
        ],
        width: 8,
      }),
      new GraphWidget({
        title: "Queues",
        left: [
          props.queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1) }),
          props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1) }),
        ],
        right: [props.queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(1) })],
        width: 8,
      }),
    );
  }
}
