// Lab 6, exercise 4: split_off and truncate.
// split_off(at) moves the tail into a brand new Vec; truncate drops elements but keeps capacity.

struct Loud(u32);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("  drop Loud({})", self.0);
    }
}

fn ids(v: &[Loud]) -> Vec<u32> {
    v.iter().map(|l| l.0).collect()
}

fn main() {
    let mut front: Vec<Loud> = (1..=6).map(Loud).collect();
    println!("start: {:?} cap {}", ids(&front), front.capacity());

    let back = front.split_off(4);
    println!("front = {:?} (cap {})", ids(&front), front.capacity());
    println!("back  = {:?} (cap {})", ids(&back), back.capacity());

    println!("truncate(2):");
    front.truncate(2);
    println!("front = {:?} (cap {})", ids(&front), front.capacity());

    println!("truncate(10) does nothing:");
    front.truncate(10);
    println!("front = {:?}", ids(&front));

    println!("clear back:");
    let mut back = back;
    back.clear();
    println!("back len = {}, cap = {}", back.len(), back.capacity());

    println!("end of main");
}
