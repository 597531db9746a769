// insert and remove shift elements; capacity only grows when full.
fn main() {
    let mut line: Vec<&str> = Vec::with_capacity(4);
    line.push("ann");
    line.push("ben");
    line.push("cat");
    line.insert(1, "dan");
    println!("{:?} len={} cap={}", line, line.len(), line.capacity());
    line.insert(0, "eve");
    println!("{:?} len={} cap={}", line, line.len(), line.capacity());
    let gone = line.remove(2);
    println!("removed {} -> {:?} len={} cap={}", gone, line, line.len(), line.capacity());
    let swapped = line.swap_remove(0);
    println!("swap_removed {} -> {:?} len={} cap={}", swapped, line, line.len(), line.capacity());
}
