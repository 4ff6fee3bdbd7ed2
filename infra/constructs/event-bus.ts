import { Duration } from "aws-cdk-lib";
import { type Archive, EventBus } from "aws-cdk-lib/aws-events";
import { Construct } from "constructs";

/** The `source` of every event factwire publishes. */
export const EVENT_SOURCE = "factwire";

export interface FactwireEventBusProps {
  readonly eventBusName: string;
  /** How long the archive keeps events for replay. */
  readonly archiveRetention?: Duration;
}

/** The bus subscribers attach rules to, with an archive so missed events can be replayed. */
export class FactwireEventBus extends Construct {
  readonly bus: EventBus;
  readonly archive: Archive;

  constructor(scope: Construct, id: string, props: FactwireEventBusProps) {
    super(scope, id);

    this.bus = new EventBus(this, "Bus", { eventBusName: props.eventBusName });
    this.archive = this.bus.archive("Archive", {
      description: "Every factwire event, kept for replay to new or repaired subscribers",
      eventPattern: { source: [EVENT_SOURCE] },
      retention: props.archiveRetention ?? Duration.days(90),
    });
  }
}
