use std::cell::RefCell;

fn try_append(log: &RefCell<Vec<String>>, msg: &str) {
    match log.try_borrow_mut() {
        Ok(mut entries) => {
            entries.push(msg.to_string());
            println!("appended '{}'", msg);
        }
        Err(e) => println!("could not append '{}': {}", msg, e),
    }
}

fn main() {
    let log = RefCell::new(Vec::new());
    try_append(&log, "start");

    {
        let reader = log.borrow();
        println!("reader sees {} entries", reader.len());
        try_append(&log, "while reading");
    }

    try_append(&log, "after reading");
    println!("final log: {:?}", log.borrow());

    // try_borrow fails while a mutable borrow is held
    let w = log.borrow_mut();
    println!("try_borrow ok? {}", log.try_borrow().is_ok());
    drop(w);
    println!("try_borrow ok? {}", log.try_borrow().is_ok());
}
