// Puzzle: moving a buffer out, then giving the variable a fresh value.
fn flush(batch: Vec<u32>) -> u32 {
    let sum: u32 = batch.iter().sum();
    println!("flushing {:?} (sum {})", batch, sum);
    sum
}

fn main() {
    let mut buffer: Vec<u32> = Vec::new();
    let mut total = 0;

    for n in 1..=7 {
        buffer.push(n);
        if buffer.len() == 3 {
            total += flush(buffer);
            // Without this line the next iteration would use a moved value.
            buffer = Vec::new();
        }
    }

    println!("left over: {:?}, total flushed {}", buffer, total);
}
