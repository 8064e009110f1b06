"""Recipe for tower-evaporation-hand-calc.csv: cooling-tower evaporation at a few operating points, worked out from
the ASHRAE Handbook Fundamentals 2017 (SI) ch. 1 relations with plain Python floats (no PsychroLib, no dctwin code).

Relations (ASHRAE 2017 ch. 1): eq. 5 (saturation pressure over ice) and eq. 6 (over water), Hyland & Wexler
coefficients; eq. 23 Ws = 0.621945 pws / (p - pws); eq. 30 h = 1.006 t + W (2501 + 1.86 t) kJ/kg; eq. 33 (35 below
0 degC) W from dry and wet bulb. Air-side balance of the tower (Braun, Klein & Mitchell 1989, effective saturation
state, Lewis number 1): h_out = h_in + Q / m_a; h_se = h_in + (h_out - h_in) / (1 - exp(-NTU)); T_se from
hSat(T_se) = h_se by bisection; W_out = W_se + (W_in - W_se) exp(-NTU); evaporation = m_a (W_out - W_in).
Self-check: ASHRAE 2017 Table 3 pws at 25 degC (3169.7 Pa) within 1 Pa; Table 2 Ws 0.020173 and hs 76.504 kJ/kg within
0.6 % (the table includes the enhancement factor of real moist air; eq. 23 and this recipe do not).
Run: python3 tower-evaporation-hand-calc.py > tower-evaporation-hand-calc.csv
"""
import math

def pws(t):
    T = t + 273.15
    if t < 0.01:  # eq. 5, over ice
        c = (-5.6745359e3, 6.3925247, -9.677843e-3, 6.2215701e-7, 2.0747825e-9, -9.484024e-13, 4.1635019)
        return math.exp(c[0] / T + c[1] + c[2] * T + c[3] * T**2 + c[4] * T**3 + c[5] * T**4 + c[6] * math.log(T))
    c = (-5.8002206e3, 1.3914993, -4.8640239e-2, 4.1764768e-5, -1.4452093e-8, 6.5459673)  # eq. 6
    return math.exp(c[0] / T + c[1] + c[2] * T + c[3] * T**2 + c[4] * T**3 + c[5] * math.log(T))

def ws(t, p): return 0.621945 * pws(t) / (p - pws(t))
def h(t, w): return 1000 * (1.006 * t + w * (2501 + 1.86 * t))  # J/kg dry air
def hsat(t, p): return h(t, ws(t, p))
def w_from_wb(t, twb, p):
    if twb >= 0:  # eq. 33
        return ((2501 - 2.326 * twb) * ws(twb, p) - 1.006 * (t - twb)) / (2501 + 1.86 * t - 4.186 * twb)
    return ((2830 - 0.24 * twb) * ws(twb, p) - 1.006 * (t - twb)) / (2830 + 1.86 * t - 2.1 * twb)  # eq. 35

def tsat_from_h(target, p):
    lo, hi = -40.0, 60.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if hsat(mid, p) < target: lo = mid
        else: hi = mid
    return 0.5 * (lo + hi)

# Table 2 includes the enhancement factor of real moist air (~0.45 % on Ws at 25 degC) that eq. 23 leaves out, hence 0.6 %
assert abs(pws(25) - 3169.7) < 1.0 and abs(ws(25, 101325) / 0.020173 - 1) < 0.006 and abs(hsat(25, 101325) / 76504 - 1) < 0.006

# case, heat W, dry-air kg/s, hD*A kg/s, dry bulb, wet bulb, pressure: operating points of a ~1 MW tower with ~33 kg/s
# of air (EnergyPlus autosizing of a 1 MW tower gives ~28 m3/s) and a fill of NTU 1.5
cases = [
    ('cti-wet-bulb-29C', 1.0e6, 33.0, 49.5, 29.0, 25.56, 101325),
    ('cold-dry-winter', 0.6e6, 20.0, 34.6, 5.0, 2.0, 101325),
    ('hot-humid', 0.6e6, 25.0, 40.8, 31.0, 27.0, 101325),
    ('hot-dry-desert', 1.0e6, 33.0, 49.5, 40.0, 22.0, 101325),
    ('altitude-1730m', 0.8e6, 28.0, 42.0, 20.0, 12.0, round(101325 * (1 - 2.25577e-5 * 1730) ** 5.2559)),  # eq. 3
]
print('# Cooling-tower evaporation worked out by hand from ASHRAE Handbook Fundamentals 2017 (SI) ch. 1, eq. 5, 6, 23, 30,')
print('#   33, 35 (Hyland-Wexler saturation pressure) and the air-side balance with Braun, Klein & Mitchell (1989) effective')
print('#   saturation state. Recipe: tower-evaporation-hand-calc.py beside this file (plain Python, no PsychroLib, no dctwin).')
print('# Units: heatW W, airKgPerS and conductanceKgPerS kg/s (dry air; hD*A), temperatures degC, pressurePa Pa,')
print('#   humidity ratios kg/kg dry air, evaporationKgPerS kg/s, kgPerKWh of heat. altitude-1730m: standard pressure at')
print('#   1,730 m (ASHRAE eq. 3).')
print('case,heatW,airKgPerS,conductanceKgPerS,dryBulbC,wetBulbC,pressurePa,inletHumidityRatio,effectiveSaturationC,outletHumidityRatio,leavingAirC,evaporationKgPerS,kgPerKWh')
for name, q, ma, hda, tdb, twb, p in cases:
    win = w_from_wb(tdb, twb, p)
    hin = h(tdb, win)
    ntu = hda / ma
    rem = math.exp(-ntu)
    hse = hin + (q / ma) / (1 - rem)
    tse = tsat_from_h(hse, p)
    wse = ws(tse, p)
    wout = wse + (win - wse) * rem
    tout = tse + (tdb - tse) * rem
    evap = ma * (wout - win)
    print(f'{name},{q:.0f},{ma},{hda},{tdb},{twb},{p},{win:.6f},{tse:.3f},{wout:.6f},{tout:.3f},{evap:.5f},{evap * 3.6e6 / q:.4f}')
