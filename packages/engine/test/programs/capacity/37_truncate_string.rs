// truncate and pop on a String shorten it but keep capacity.
fn main() {
    let mut path = String::from("/home/user/docs/report.txt");
    println!("{}: len={} cap={}", path, path.len(), path.capacity());
    path.truncate(15);
    println!("{}: len={} cap={}", path, path.len(), path.capacity());
    let last = path.pop();
    println!("popped {:?}: {} len={} cap={}", last, path, path.len(), path.capacity());
    path.insert_str(0, "~");
    println!("{}: len={} cap={}", path, path.len(), path.capacity());
}
