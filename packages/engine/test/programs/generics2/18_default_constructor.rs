// T: Default lets a generic constructor fill in "zero" values.
#[derive(Debug, Default)]
struct Stats<T> {
    min: T,
    max: T,
    count: usize,
}

impl<T: Default + PartialOrd + Copy> Stats<T> {
    fn new() -> Self {
        Stats { min: T::default(), max: T::default(), count: 0 }
    }

    fn record(&mut self, v: T) {
        if self.count == 0 || v < self.min {
            self.min = v;
        }
        if self.count == 0 || v > self.max {
            self.max = v;
        }
        self.count += 1;
    }
}

fn zeroed<T: Default>() -> (T, T) {
    (T::default(), T::default())
}

fn main() {
    let mut s: Stats<i64> = Stats::new();
    for v in [4, -2, 17, 8] {
        s.record(v);
    }
    println!("{:?}", s);

    let mut f = Stats::<f32>::new();
    f.record(0.5);
    f.record(0.25);
    println!("{:?}", f);

    let d: Stats<u8> = Default::default();
    println!("{:?}", d);

    let (a, b): (String, bool) = (String::default(), bool::default());
    println!("{:?} {:?}", a, b);
    let z: (u16, u16) = zeroed();
    println!("{:?}", z);
}
