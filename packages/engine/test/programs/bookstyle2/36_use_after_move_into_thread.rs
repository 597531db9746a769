// Exercise: the main thread wants to drop the list after spawning.
use std::thread;

fn main() {
    let tasks = vec![String::from("compile"), String::from("test")];

    let handle = thread::spawn(move || {
        println!("worker has {} tasks", tasks.len());
    });

    println!("main still sees {:?}", tasks);
    handle.join().unwrap();
}
