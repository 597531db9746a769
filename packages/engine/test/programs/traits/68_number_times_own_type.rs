use std::ops::Mul;
#[derive(Debug, Clone, Copy)] struct V(f32);
impl Mul<V> for f32 { type Output = V; fn mul(self, v: V) -> V { V(self * v.0) } }
impl Mul<V> for i64 { type Output = i64; fn mul(self, v: V) -> i64 { self * v.0 as i64 } }
fn main() { let v = V(2.0); println!("{:?} {} {}", 1.5 * v, 3 * v, 2.0 * 4.0); }
