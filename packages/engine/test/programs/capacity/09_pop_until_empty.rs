// pop removes from the end; capacity stays where it was.
fn main() {
    let mut stack = vec!['a', 'b', 'c', 'd', 'e'];
    println!("start: len={} cap={}", stack.len(), stack.capacity());
    while let Some(top) = stack.pop() {
        println!("popped {} -> len={} cap={}", top, stack.len(), stack.capacity());
    }
    println!("pop on empty: {:?}", stack.pop());
}
