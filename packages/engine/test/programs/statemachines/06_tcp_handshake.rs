// A simplified TCP connection: the handshake and the teardown
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tcp {
    Closed,
    Listen,
    SynReceived,
    Established,
    CloseWait,
    LastAck,
}

#[derive(Debug, Clone, Copy)]
enum Segment {
    Open,
    Syn,
    Ack,
    Fin,
    Close,
}

fn on(state: Tcp, seg: Segment) -> Option<Tcp> {
    use Segment::*;
    use Tcp::*;
    let next = match (state, seg) {
        (Closed, Open) => Listen,
        (Listen, Syn) => SynReceived,
        (SynReceived, Ack) => Established,
        (Established, Fin) => CloseWait,
        (CloseWait, Close) => LastAck,
        (LastAck, Ack) => Closed,
        _ => return None,
    };
    Some(next)
}

fn main() {
    let script = [Segment::Open, Segment::Syn, Segment::Fin, Segment::Ack, Segment::Fin, Segment::Close, Segment::Ack];
    let mut state = Tcp::Closed;
    for seg in script {
        match on(state, seg) {
            Some(next) => {
                println!("{:<12} --{:?}--> {:?}", format!("{:?}", state), seg, next);
                state = next;
            }
            None => println!("{:<12} drops {:?}", format!("{:?}", state), seg),
        }
    }
    assert_eq!(state, Tcp::Closed);
    println!("connection closed cleanly");
}
