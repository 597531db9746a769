use std::ops::{Index, IndexMut};
struct Grid { w: usize, cells: Vec<char> }
impl Index<(usize, usize)> for Grid {
    type Output = char;
    fn index(&self, (r, c): (usize, usize)) -> &char { &self.cells[r * self.w + c] }
}
impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut char { &mut self.cells[r * self.w + c] }
}
struct Names(Vec<String>);
impl Index<usize> for Names { type Output = String; fn index(&self, i: usize) -> &String { &self.0[i] } }
fn main() {
    let mut g = Grid { w: 3, cells: vec!['.'; 6] };
    g[(1, 2)] = '#';
    g[(0, 0)] = 'x';
    let row: String = (0..3).map(|c| g[(1, c)]).collect();
    println!("{} {}", row, g[(0, 0)]);
    let n = Names(vec!["a".to_string(), "b".to_string()]);
    let first = &n[0];
    println!("{} {}", first, n[1].len());
}
