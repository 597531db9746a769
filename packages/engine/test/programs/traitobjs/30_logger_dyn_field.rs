trait Sink {
    fn write(&mut self, line: &str);
    fn dump(&self) -> Vec<String>;
}

struct MemorySink {
    lines: Vec<String>,
}

struct CountingSink {
    count: usize,
}

impl Sink for MemorySink {
    fn write(&mut self, line: &str) {
        self.lines.push(line.to_string());
    }
    fn dump(&self) -> Vec<String> {
        self.lines.clone()
    }
}

impl Sink for CountingSink {
    fn write(&mut self, _line: &str) {
        self.count += 1;
    }
    fn dump(&self) -> Vec<String> {
        vec![format!("{} lines written", self.count)]
    }
}

struct Logger {
    prefix: String,
    sink: Box<dyn Sink>,
}

impl Logger {
    fn log(&mut self, msg: &str) {
        let line = format!("[{}] {}", self.prefix, msg);
        self.sink.write(&line);
    }
}

fn main() {
    let mut loggers = vec![
        Logger { prefix: "app".to_string(), sink: Box::new(MemorySink { lines: vec![] }) },
        Logger { prefix: "db".to_string(), sink: Box::new(CountingSink { count: 0 }) },
    ];
    for lg in loggers.iter_mut() {
        lg.log("starting");
        lg.log("ready");
    }
    loggers[0].log("shutting down");
    for lg in &loggers {
        for line in lg.sink.dump() {
            println!("{}", line);
        }
    }
}
