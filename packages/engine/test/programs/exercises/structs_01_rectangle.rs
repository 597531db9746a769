#[derive(Debug, Clone, Copy, PartialEq)]
struct Rect {
    w: u32,
    h: u32,
}

impl Rect {
    const UNIT: Rect = Rect { w: 1, h: 1 };
    const MAX_SIDE: u32 = 1000;

    fn new(w: u32, h: u32) -> Self {
        Rect { w: w.min(Self::MAX_SIDE), h: h.min(Self::MAX_SIDE) }
    }

    fn square(side: u32) -> Self {
        Self::new(side, side)
    }

    fn area(&self) -> u32 {
        self.w * self.h
    }

    fn can_hold(&self, other: &Rect) -> bool {
        self.w > other.w && self.h > other.h
    }

    fn scale(&mut self, k: u32) {
        self.w *= k;
        self.h *= k;
    }

    fn rotated(self) -> Rect {
        Rect { w: self.h, h: self.w }
    }
}

fn main() {
    let mut a = Rect::new(30, 50);
    let b = Rect::square(10);
    let c = Rect::new(5000, 2);
    println!("{:?} area {}", a, a.area());
    println!("{:?} {:?}", b, c);
    println!("a holds b: {}, b holds a: {}", a.can_hold(&b), b.can_hold(&a));
    a.scale(2);
    println!("scaled {:?}", a);
    let r = a.rotated();
    println!("rotated {:?}, original still usable {:?}", r, a);
    println!("unit {:?} eq {}", Rect::UNIT, Rect::UNIT == Rect::square(1));
    let rects = [a, b, c, Rect::UNIT];
    let biggest = rects.iter().max_by_key(|r| r.area()).unwrap();
    println!("biggest {:?}", biggest);
    let total: u32 = rects.iter().map(Rect::area).sum();
    println!("total area {}", total);
}
