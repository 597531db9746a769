use std::rc::Rc;

fn main() {
    let report = Rc::new(String::from("quarterly report"));
    let copy = Rc::clone(&report);

    // Two owners: try_unwrap gives the Rc back
    let report = match Rc::try_unwrap(report) {
        Ok(s) => {
            println!("got the string: {}", s);
            return;
        }
        Err(rc) => {
            println!("still shared, strong = {}", Rc::strong_count(&rc));
            rc
        }
    };

    drop(copy);

    // Now we are the only owner
    match Rc::try_unwrap(report) {
        Ok(s) => println!("unwrapped: {} ({} bytes)", s, s.len()),
        Err(_) => println!("still shared"),
    }
}
