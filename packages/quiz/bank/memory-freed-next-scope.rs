// kind: memory
// title: Which box goes first?
// tags: drop-order, box
// difficulty: 2
// ask: freed-next
// at: line 5
// ---
fn main() {
    let outer = Box::new(1);
    {
        let inner = Box::new(2);
        let middle = Box::new(3);
        println!("{} {} {}", outer, inner, middle);
    }
    println!("{}", outer);
}
