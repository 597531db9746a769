// Some methods only exist for a particular N.
#[derive(Debug, Clone, Copy)]
struct Vector<const N: usize>([i32; N]);

impl<const N: usize> Vector<N> {
    fn dot(&self, other: &Vector<N>) -> i32 {
        let mut s = 0;
        for i in 0..N {
            s += self.0[i] * other.0[i];
        }
        s
    }
}

impl Vector<3> {
    fn cross(&self, o: &Vector<3>) -> Vector<3> {
        let [a1, a2, a3] = self.0;
        let [b1, b2, b3] = o.0;
        Vector([a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1])
    }
}

impl Vector<2> {
    fn perp(&self) -> Vector<2> {
        Vector([-self.0[1], self.0[0]])
    }
}

fn main() {
    let x = Vector([1, 0, 0]);
    let y = Vector([0, 1, 0]);
    println!("x . y = {}", x.dot(&y));
    println!("x cross y = {:?}", x.cross(&y));
    let p = Vector([3, 4]);
    println!("perp of {:?} = {:?}", p, p.perp());
    println!("p . perp = {}", p.dot(&p.perp()));
}
