mod geo {
    pub use self::coords::LatLon;
    pub use self::distance::haversine_km as distance_km;

    mod coords {
        #[derive(Debug, Clone, Copy)]
        pub struct LatLon {
            pub lat: f64,
            pub lon: f64,
        }
    }

    mod distance {
        use super::coords::LatLon;

        const EARTH_RADIUS_KM: f64 = 6371.0;

        pub fn haversine_km(a: LatLon, b: LatLon) -> f64 {
            let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
            let dlat = (b.lat - a.lat).to_radians();
            let dlon = (b.lon - a.lon).to_radians();
            let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
            2.0 * EARTH_RADIUS_KM * h.sqrt().asin()
        }
    }
}

use geo::{distance_km, LatLon};

fn main() {
    let paris = LatLon { lat: 48.8566, lon: 2.3522 };
    let london = LatLon { lat: 51.5074, lon: -0.1278 };
    let tokyo = geo::LatLon { lat: 35.6762, lon: 139.6503 };
    println!("Paris-London: {:.0} km", distance_km(paris, london));
    println!("Paris-Tokyo: {:.0} km", geo::distance_km(paris, tokyo));
    println!("{:?}", london);
}
