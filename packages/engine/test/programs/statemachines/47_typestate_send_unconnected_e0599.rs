// Typestate socket: sending before connecting is rejected by the compiler
use std::marker::PhantomData;

struct Idle;
struct Ready;

struct Socket<S> {
    addr: String,
    queue: Vec<String>,
    marker: PhantomData<S>,
}

impl Socket<Idle> {
    fn new(addr: &str) -> Self {
        Socket { addr: addr.to_string(), queue: Vec::new(), marker: PhantomData }
    }
    fn connect(self) -> Socket<Ready> {
        Socket { addr: self.addr, queue: self.queue, marker: PhantomData }
    }
}

impl Socket<Ready> {
    fn send(&mut self, msg: &str) {
        self.queue.push(msg.to_string());
    }
}

fn main() {
    let mut sock = Socket::new("127.0.0.1:9000");
    sock.send("hello");
    let ready = sock.connect();
    println!("{} queued for {}", ready.queue.len(), ready.addr);
}
