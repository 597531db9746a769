// A logger that buffers lines, then flushes: mem::take leaves an empty Vec behind
use std::mem;

#[derive(Debug)]
enum Sink {
    Buffering(Vec<String>),
    Streaming { written: usize },
}

struct Logger {
    sink: Sink,
    limit: usize,
}

impl Logger {
    fn log(&mut self, line: &str) {
        match &mut self.sink {
            Sink::Buffering(lines) => {
                lines.push(line.to_string());
                if lines.len() >= self.limit {
                    let pending = mem::take(lines);
                    println!("flushing {} line(s): {:?}", pending.len(), pending);
                    self.sink = Sink::Streaming { written: pending.len() };
                }
            }
            Sink::Streaming { written } => {
                *written += 1;
                println!("direct: {}", line);
            }
        }
    }
}

fn main() {
    let mut log = Logger { sink: Sink::Buffering(Vec::new()), limit: 3 };
    for msg in ["boot", "mount /", "net up", "login", "shell"] {
        log.log(msg);
        println!("  sink now {:?}", log.sink);
    }
}
