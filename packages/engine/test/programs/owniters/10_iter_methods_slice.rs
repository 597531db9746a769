// iter() and iter_mut() can just hand out std's slice iterators.
struct Scores {
    values: Vec<u32>,
}

impl Scores {
    fn iter(&self) -> std::slice::Iter<'_, u32> {
        self.values.iter()
    }

    fn iter_mut(&mut self) -> std::slice::IterMut<'_, u32> {
        self.values.iter_mut()
    }
}

fn main() {
    let mut s = Scores { values: vec![55, 78, 91, 40] };

    let best = s.iter().max().unwrap();
    println!("best: {}", best);

    // Curve everyone by 5 points, capped at 100.
    for v in s.iter_mut() {
        *v = (*v + 5).min(100);
    }

    let passed: Vec<&u32> = s.iter().filter(|&&v| v >= 60).collect();
    println!("passed: {:?}", passed);

    // slice::Iter is double-ended, so rev works.
    let reversed: Vec<u32> = s.iter().rev().copied().collect();
    println!("reversed: {:?}", reversed);
}
