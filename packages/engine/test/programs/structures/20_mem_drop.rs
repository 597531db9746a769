// std::mem::drop ends a value's life early, e.g. to release a RefCell guard.
use std::cell::RefCell;
use std::mem;

struct Conn {
    name: String,
}

impl Drop for Conn {
    fn drop(&mut self) {
        println!("closing {}", self.name);
    }
}

fn main() {
    let a = Conn { name: "db".to_string() };
    let b = Conn { name: "cache".to_string() };
    println!("opened {} and {}", a.name, b.name);
    mem::drop(a);
    println!("a dropped early");

    let log = RefCell::new(Vec::new());
    let mut w = log.borrow_mut();
    w.push("first");
    drop(w);
    println!("log after drop(w): {:?}", log.borrow());
    log.borrow_mut().push("second");
    println!("log: {:?}", log.borrow());

    let v = vec![Conn { name: "x".to_string() }, Conn { name: "y".to_string() }];
    println!("dropping the vec");
    drop(v);

    let n = 5;
    drop(n); // Copy: drop does nothing useful
    println!("n still usable: {}", n);

    let boxed = Box::new(Conn { name: "boxed".to_string() });
    let unboxed = *boxed;
    println!("moved out of box: {}", unboxed.name);
    println!("end of main");
}
