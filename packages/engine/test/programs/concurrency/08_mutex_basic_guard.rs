use std::sync::Mutex;

// The guard unlocks the mutex when it goes out of scope.
fn main() {
    let m = Mutex::new(5);

    {
        let mut num = m.lock().unwrap();
        *num += 10;
        println!("inside block: {}", *num);
    } // guard dropped here, lock released

    let value = *m.lock().unwrap();
    println!("after block: {}", value);
    println!("{:?}", m);
}
