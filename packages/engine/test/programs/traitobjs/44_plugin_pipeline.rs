trait Plugin {
    fn name(&self) -> String;
    fn run(&self, data: &mut Vec<i32>);
}

struct Dedup;
struct SortDesc;
struct Clamp { lo: i32, hi: i32 }

impl Plugin for Dedup {
    fn name(&self) -> String { "dedup".into() }
    fn run(&self, data: &mut Vec<i32>) {
        data.sort();
        data.dedup();
    }
}

impl Plugin for SortDesc {
    fn name(&self) -> String { "sort-desc".into() }
    fn run(&self, data: &mut Vec<i32>) {
        data.sort_by(|a, b| b.cmp(a));
    }
}

impl Plugin for Clamp {
    fn name(&self) -> String { format!("clamp[{},{}]", self.lo, self.hi) }
    fn run(&self, data: &mut Vec<i32>) {
        for x in data.iter_mut() {
            *x = (*x).clamp(self.lo, self.hi);
        }
    }
}

fn boxed<P: Plugin + 'static>(p: P) -> Box<dyn Plugin> {
    Box::new(p)
}

fn main() {
    let pipeline = vec![boxed(Clamp { lo: 0, hi: 10 }), boxed(Dedup), boxed(SortDesc)];
    let mut data = vec![5, -3, 12, 5, 7, 0, 99, 7, 3];
    println!("start: {:?}", data);
    for p in &pipeline {
        p.run(&mut data);
        println!("{:>12}: {:?}", p.name(), data);
    }
}
