// State pattern: each state returns the next boxed state.
trait State {
    fn name(&self) -> &'static str;
    fn next(self: Box<Self>, input: char) -> Box<dyn State>;
}

struct Idle;
struct Running { ticks: u32 }
struct Stopped;

impl State for Idle {
    fn name(&self) -> &'static str { "idle" }
    fn next(self: Box<Self>, input: char) -> Box<dyn State> {
        if input == 's' { Box::new(Running { ticks: 0 }) } else { self }
    }
}

impl State for Running {
    fn name(&self) -> &'static str { "running" }
    fn next(self: Box<Self>, input: char) -> Box<dyn State> {
        match input {
            't' => Box::new(Running { ticks: self.ticks + 1 }),
            'x' => { println!("ran for {} ticks", self.ticks); Box::new(Stopped) }
            _ => self,
        }
    }
}

impl State for Stopped {
    fn name(&self) -> &'static str { "stopped" }
    fn next(self: Box<Self>, _input: char) -> Box<dyn State> { self }
}

fn main() {
    let mut state: Box<dyn State> = Box::new(Idle);
    for c in "qsttqtxs".chars() {
        state = state.next(c);
        println!("{} -> {}", c, state.name());
    }
}
