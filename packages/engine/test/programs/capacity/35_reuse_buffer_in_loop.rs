// Reuse one scratch buffer instead of allocating each iteration.
fn main() {
    let lines = ["3 4 5", "10 20", "1 1 1 1 1 1", "7"];
    let mut scratch: Vec<i32> = Vec::new();
    for line in lines {
        scratch.clear();
        for part in line.split(' ') {
            scratch.push(part.parse().unwrap());
        }
        let sum: i32 = scratch.iter().sum();
        println!("{:<12} sum={:>3} len={} cap={}", line, sum, scratch.len(), scratch.capacity());
    }
}
