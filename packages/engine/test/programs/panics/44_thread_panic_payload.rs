// The join error holds the panic payload; downcast it to read the message.
use std::thread;

fn main() {
    let h = thread::spawn(move || {
        let n = 7;
        if n % 2 == 1 {
            panic!("odd input {}", n);
        }
        n / 2
    });
    match h.join() {
        Ok(v) => println!("half = {}", v),
        Err(payload) => {
            if let Some(s) = payload.downcast_ref::<String>() {
                println!("caught: {}", s);
            } else if let Some(s) = payload.downcast_ref::<&str>() {
                println!("caught str: {}", s);
            } else {
                println!("caught something else");
            }
        }
    }
    let h2 = thread::spawn(|| panic!("static message"));
    let e = h2.join().unwrap_err();
    println!("is &str: {}", e.downcast_ref::<&str>().is_some());
    println!("done");
}
