use std::any::Any;

#[derive(Debug)]
struct Config { retries: u32 }

fn take(b: Box<dyn Any>) {
    match b.downcast::<Config>() {
        Ok(cfg) => println!("got config with {} retries", cfg.retries),
        Err(other) => {
            if other.is::<u8>() {
                println!("got a byte instead");
            } else {
                println!("unknown payload");
            }
        }
    }
}

fn main() {
    take(Box::new(Config { retries: 3 }));
    take(Box::new(7u8));
    take(Box::new("text"));
}
