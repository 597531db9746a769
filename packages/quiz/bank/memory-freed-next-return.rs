// kind: memory
// title: Leaving a function with two Vecs
// tags: drop-order, move
// difficulty: 3
// ask: freed-next
// at: line 4
// ---
fn build(n: usize) -> Vec<usize> {
    let scratch = vec![0; n];
    let mut out = Vec::new();
    out.push(scratch.len());
    out
}

fn main() {
    let result = build(3);
    println!("{:?}", result);
}
