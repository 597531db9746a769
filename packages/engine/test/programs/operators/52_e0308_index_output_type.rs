use std::ops::Index;

struct Heightmap {
    width: usize,
    data: Vec<f32>,
}

impl Index<(usize, usize)> for Heightmap {
    type Output = f32;
    fn index(&self, (x, y): (usize, usize)) -> &f32 {
        &self.data[y * self.width + x]
    }
}

fn main() {
    let map = Heightmap { width: 3, data: vec![0.0, 1.5, 2.0, 0.5, 3.25, 1.0] };
    let peak = map[(1, 1)];
    println!("peak height {}", peak);

    // Output is f32, but the annotation says u32.
    let level: u32 = map[(2, 0)];
    println!("level {}", level);
}
