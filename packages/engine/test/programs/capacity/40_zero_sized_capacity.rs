// Zero-sized types never allocate: capacity is usize::MAX.
#[derive(Debug, Clone, Copy)]
struct Marker;

fn main() {
    let mut marks: Vec<Marker> = Vec::new();
    println!("new: len={} cap is max? {}", marks.len(), marks.capacity() == usize::MAX);
    for _ in 0..1000 {
        marks.push(Marker);
    }
    println!("after 1000 pushes: len={} cap is max? {}", marks.len(), marks.capacity() == usize::MAX);
    let units: Vec<()> = vec![(); 3];
    println!("units: len={} cap is max? {}", units.len(), units.capacity() == usize::MAX);
}
