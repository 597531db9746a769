use std::rc::Rc;

trait Logger {
    fn log(&self, msg: &str);
}

struct ConsoleLogger { prefix: String }

impl Logger for ConsoleLogger {
    fn log(&self, msg: &str) {
        println!("[{}] {}", self.prefix, msg);
    }
}

struct Service {
    name: String,
    logger: Rc<dyn Logger>,
}

impl Service {
    fn run(&self) {
        self.logger.log(&format!("{} started", self.name));
    }
}

fn main() {
    let logger: Rc<dyn Logger> = Rc::new(ConsoleLogger { prefix: String::from("app") });
    let db = Service { name: String::from("db"), logger: Rc::clone(&logger) };
    let web = Service { name: String::from("web"), logger: Rc::clone(&logger) };
    println!("strong count = {}", Rc::strong_count(&logger));
    db.run();
    web.run();
    drop(db);
    println!("strong count after drop = {}", Rc::strong_count(&logger));
    web.logger.log("still alive");
}
