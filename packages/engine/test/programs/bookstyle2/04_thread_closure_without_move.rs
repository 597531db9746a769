// Exercise: why does this thread not compile?
use std::thread;

fn main() {
    let names = vec!["Ada", "Grace", "Linus"];

    let handle = thread::spawn(|| {
        for name in names.iter() {
            println!("Hello, {}!", name);
        }
    });

    handle.join().unwrap();
}
