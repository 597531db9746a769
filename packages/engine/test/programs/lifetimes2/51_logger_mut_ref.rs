// A struct holding &mut Vec<String>: it writes into someone else's buffer.
struct Logger<'a> {
    prefix: &'a str,
    out: &'a mut Vec<String>,
}

impl<'a> Logger<'a> {
    fn log(&mut self, msg: &str) {
        let line = format!("[{}] {}", self.prefix, msg);
        self.out.push(line);
    }
}

fn main() {
    let mut buffer = Vec::new();
    {
        let mut log = Logger { prefix: "boot", out: &mut buffer };
        log.log("starting");
        log.log("loading config");
    }
    {
        let mut log = Logger { prefix: "run", out: &mut buffer };
        log.log("ready");
    }
    for line in &buffer {
        println!("{}", line);
    }
}
