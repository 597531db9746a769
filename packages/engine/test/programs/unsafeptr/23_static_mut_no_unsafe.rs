// Quiz: the compiler rejects this. Why?
static mut VISITS: u32 = 0;

fn record_visit() {
    VISITS += 1;
}

fn main() {
    record_visit();
    println!("done");
}
