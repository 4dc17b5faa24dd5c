/**
 * The engine, remembering the RunState it drives. The Action sometimes has to change the live
 * run from outside — mark it paused when the engine does not stop in time — and that must go
 * through the engine's own instance: a second RunState loaded from disk would be a second
 * writer, and the engine's later (coalesced) writes would put back whatever it still held.
 */
import { WorkflowEngine, type RunSession } from '../engine/engine.js';
import type { RunState } from '../engine/run-state.js';
import type { StepConfig, StepContext } from '../engine/types.js';

export class TrackedEngine extends WorkflowEngine {
  private live: RunState | null = null;
  private readonly acceptListeners: ((state: RunState) => void)[] = [];

  /** The state of the run being driven; null until the engine has accepted a start or resume. */
  get liveState(): RunState | null {
    return this.live;
  }

  /**
   * Call `listener` with the live state once the engine has accepted the run (inputs resolved,
   * state written as running), just before its first step starts.
   */
  onRunAccepted(listener: (state: RunState) => void): void {
    this.acceptListeners.push(listener);
  }

  // Every run, started or resumed, executes its steps through here: the first call comes
  // synchronously inside execute()/resume(), once they have accepted the run.
  override executeSteps(
    session: RunSession,
    steps: StepConfig[],
    context: StepContext,
    offset: number,
    depth: number
  ): Promise<void> {
    if (this.live === null) {
      this.live = session.state;
      for (const listener of this.acceptListeners) listener(session.state);
    }
    return super.executeSteps(session, steps, context, offset, depth);
  }
}
