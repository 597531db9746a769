// An FnOnce closure that moves its capture out drops it when called.
struct Ticket(u32);

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket {} torn", self.0);
    }
}

fn use_ticket(t: Ticket) {
    println!("using ticket {}", t.0);
}

fn run_once<F: FnOnce()>(f: F) {
    println!("before call");
    f();
    println!("after call");
}

fn main() {
    let t = Ticket(5);
    let spare = Ticket(6);
    run_once(move || use_ticket(t));
    let show = move || println!("spare is {}", spare.0);
    show();
    println!("end of main");
}
