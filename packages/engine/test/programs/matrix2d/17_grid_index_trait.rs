use std::ops::{Index, IndexMut};

// Index a grid with a (row, col) tuple.
struct Grid {
    w: usize,
    data: Vec<i32>,
}

impl Index<(usize, usize)> for Grid {
    type Output = i32;
    fn index(&self, (r, c): (usize, usize)) -> &i32 {
        &self.data[r * self.w + c]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i32 {
        &mut self.data[r * self.w + c]
    }
}

fn main() {
    let mut g = Grid { w: 3, data: vec![0; 9] };
    for r in 0..3 {
        for c in 0..3 {
            g[(r, c)] = (r * 10 + c) as i32;
        }
    }
    g[(1, 1)] += 100;
    println!("{} {} {}", g[(0, 2)], g[(1, 1)], g[(2, 0)]);
    let diag: i32 = (0..3).map(|i| g[(i, i)]).sum();
    println!("diag sum {}", diag);
}
