fn call_twice<F: FnMut()>(mut f: F) {
    f();
    f();
}
fn main() {
    let mut log = Vec::new();
    call_twice(|| log.push(log.len()));
    call_twice(|| log.push(100));
    println!("{:?}", log);
}
