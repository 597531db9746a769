// cross() is only defined for three-dimensional vectors.
#[derive(Debug)]
struct Vector<const N: usize>([i32; N]);

impl Vector<3> {
    fn cross(&self, o: &Vector<3>) -> Vector<3> {
        let [a1, a2, a3] = self.0;
        let [b1, b2, b3] = o.0;
        Vector([a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1])
    }
}

fn main() {
    let a = Vector([1, 2, 3]);
    let b = Vector([4, 5, 6]);
    println!("{:?}", a.cross(&b));

    let flat_a = Vector([1, 2]);
    let flat_b = Vector([3, 4]);
    println!("{:?}", flat_a.cross(&flat_b));
}
