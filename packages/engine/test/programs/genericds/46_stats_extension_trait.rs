// An extension trait implemented for every slice of numbers that
// convert to f64.
trait Stats {
    fn mean(&self) -> Option<f64>;
    fn spread(&self) -> Option<f64>;
}

impl<T> Stats for [T]
where
    T: Copy + Into<f64>,
{
    fn mean(&self) -> Option<f64> {
        if self.is_empty() {
            return None;
        }
        let sum: f64 = self.iter().map(|&x| x.into()).sum();
        Some(sum / self.len() as f64)
    }

    fn spread(&self) -> Option<f64> {
        let mut iter = self.iter().map(|&x| x.into());
        let first: f64 = iter.next()?;
        let (lo, hi) = iter.fold((first, first), |(lo, hi), x| (lo.min(x), hi.max(x)));
        Some(hi - lo)
    }
}

fn main() {
    let marks: Vec<u8> = vec![70, 85, 90, 55];
    println!("mean = {:?}", marks.mean());
    println!("spread = {:?}", marks.spread());

    let temps = [-3.5_f32, 2.0, 4.5];
    println!("mean = {:?}", temps.mean());
    println!("spread = {:?}", temps[..].spread());

    let none: [i32; 0] = [];
    println!("empty mean = {:?}", none.mean());
}
